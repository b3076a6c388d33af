using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Webhooks;

/// <summary>A forum test with a webhook receiver of its own on 127.0.0.1.</summary>
public abstract class WebhookTest(ForumFixture fixture) : ForumTest(fixture), IAsyncLifetime
{
    protected WebhookReceiver Receiver { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Receiver = await WebhookReceiver.StartAsync();
    }

    async Task IAsyncLifetime.DisposeAsync() => await Receiver.DisposeAsync();
}
