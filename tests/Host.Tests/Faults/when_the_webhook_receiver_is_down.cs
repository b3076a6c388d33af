using Politikerforum.Host.Tests.Operations;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Webhooks;

namespace Politikerforum.Host.Tests.Faults;

/// <summary>
/// The integrator's receiver goes down (nothing listens: connections are refused) while posts keep coming, and comes back
/// at the same address: the deliveries resume by themselves, all of them, in order, each once.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed class when_the_webhook_receiver_is_down
{
    [Fact]
    public async Task deliveries_resume_in_order_when_it_is_back()
    {
        await using var nodes = await ForumNodes.OnScratchDatabaseAsync("receiver");
        var receiver = await WebhookReceiver.StartAsync();
        var port = receiver.Port;
        var host = await nodes.StartAsync();
        var admin = nodes.As(host, "admin", "admin-oid");
        var integrator = nodes.As(host, "integrator", "integrator-oid");
        var (subscriptionId, secret) = await integrator.SubscribeAsync(receiver.Url, [WebhookSteps.Published]);
        var themeId = await admin.OpenThemeAsync("public");
        for (var i = 0; i < 5; i++) await admin.PublishAsync(themeId, $"Før nedbruddet {i}");
        var before = await receiver.WaitForAsync(r => r.Count == 5, "the posts before the receiver went down");

        await receiver.DisposeAsync();
        for (var i = 0; i < 20; i++) await admin.PublishAsync(themeId, $"Under nedbruddet {i}");
        // The forum has tried and failed: the next delivery is waiting for its retry.
        await integrator.WaitForDeliveriesAsync(subscriptionId, d => d.Any(x => x.Str("status") == "failing"), "a failing delivery");

        await using var back = await WebhookReceiver.StartAsync(port);
        var after = await back.WaitForAsync(r => r.Select(x => x.WebhookId).Distinct().Count() == 20, "the posts written while it was down");

        var all = before.Concat(after).ToList();
        Assert.Equal(25, all.Count);
        Assert.Equal(25, all.Select(r => r.WebhookId).Distinct().Count());
        Assert.All(all, r => Assert.True(r.SignedWith(secret)));
        Assert.Equal(all.Select(r => r.Sequence).Order(), all.Select(r => r.Sequence));
        await integrator.WaitForDeliveriesAsync(subscriptionId, d => d.Length == 25 && d.All(x => x.Str("status") == "delivered"), "every delivery marked delivered");
    }
}
