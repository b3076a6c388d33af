using Politikerforum.Host.Tests.Operations;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Webhooks;
using Xunit.Abstractions;

namespace Politikerforum.Host.Tests.Faults;

/// <summary>
/// The only host, killed with SIGKILL while writers keep it busy, then started again: every command it acknowledged is in
/// the store exactly once, none is half-written (a command is one transaction: its event, its read models, its outbox),
/// and the work it had not done yet — the webhook deliveries — is done by the restarted host.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed class when_the_host_is_killed_mid_burst(ITestOutputHelper output)
{
    [Fact]
    public async Task no_acknowledged_command_is_lost_and_none_is_half_written()
    {
        await using var nodes = await ForumNodes.OnScratchDatabaseAsync("killed");
        await using var receiver = await WebhookReceiver.StartAsync();
        var host = await nodes.StartAsync();
        var (themeId, _) = await nodes.ThemeWatchedByAsync(receiver, host);

        var burst = PostBurst.Start(themeId, nodes.Writers(6, host));
        await burst.UntilAcknowledgedAsync(60, "before the kill");
        await host.KillAsync();
        await burst.StopAsync();
        Assert.Contains(0, burst.Statuses);

        var restarted = await nodes.StartAsync();
        await StoredPosts.AssertWholeAsync(nodes.ConnectionString, burst.Acknowledged);
        var posts = await StoredPosts.CountAsync(nodes.ConnectionString);
        await receiver.WaitForAsync(r => r.Select(x => x.WebhookId).Distinct().Count() >= posts, $"all {posts} posts after the restart", 60);
        // The restarted host takes writes again.
        await nodes.As(restarted, "admin", "admin-oid").PublishAsync(themeId, "Efter genstarten");
        output.WriteLine($"{burst.Acknowledged.Count} acknowledged, {posts} stored; answers {burst.Summary}; {receiver.Received.Count} deliveries.");
        Assert.DoesNotContain(500, burst.Statuses);
    }
}
