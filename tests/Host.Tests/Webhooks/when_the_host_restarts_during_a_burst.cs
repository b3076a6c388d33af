using Alba;
using Politikerforum.Host.Tests.Support;
using Xunit.Abstractions;

namespace Politikerforum.Host.Tests.Webhooks;

/// <summary>
/// A host stopped while webhook deliveries are under way, and another started on the same database: every event is
/// delivered in the end. Nothing is lost; an event being sent when the host stopped may come twice, with the same webhook-id.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed class when_the_host_restarts_during_a_burst(ITestOutputHelper output)
{
    private const int Burst = 300;

    [Fact]
    public async Task every_event_is_delivered_and_in_order()
    {
        await using var forum = await SeparateForum.CreateAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        // Slow enough that the burst is still being delivered when the host goes down.
        receiver.Answering = (_, _) => new Answer(204, TimeSpan.FromMilliseconds(80));

        var first = await forum.StartHostAsync();
        string secret;
        try
        {
            var admin = new Caller(first, Tokens.For("admin", "admin-oid"));
            (_, secret) = await new Caller(first, Tokens.For("integrator", "integrator-oid")).SubscribeAsync(receiver.Url, [WebhookSteps.Published]);
            var theme = await admin.OpenThemeAsync("public");
            for (var i = 0; i < Burst; i++) await admin.PublishAsync(theme, $"Indlæg {i} af {Burst}");
            await receiver.WaitForAsync(r => r.Count >= Burst / 5, "the first fifth of the burst", 60);
        }
        finally
        {
            await first.DisposeAsync();
        }
        var beforeRestart = receiver.Received.Select(r => r.WebhookId).Distinct().Count();
        receiver.Answering = (_, _) => Answer.Ok;
        Assert.True(beforeRestart < Burst, "The whole burst was delivered before the restart; the test proved nothing.");

        await using var second = await forum.StartHostAsync();
        var received = await receiver.WaitForAsync(r => r.Select(x => x.WebhookId).Distinct().Count() == Burst, "the whole burst", 120);

        var delivered = received.Select(r => r.WebhookId).Distinct().Count();
        output.WriteLine($"Restart test: {delivered}/{Burst} delivered ({beforeRestart} before the restart), " +
                         $"{received.Count - delivered} sent twice, all signed: {received.All(r => r.SignedWith(secret))}.");
        Assert.Equal(Burst, delivered);
        Assert.All(received, r => Assert.True(r.SignedWith(secret)));
        // In order: a repeat is the event that was in flight, never one from further ahead.
        var sequences = received.Select(r => r.Sequence).ToList();
        for (var i = 1; i < sequences.Count; i++) Assert.True(sequences[i] >= sequences[i - 1],
            $"Delivery {i} (sequence {sequences[i]}) came after {sequences[i - 1]}.");
    }
}
