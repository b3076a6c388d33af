using Politikerforum.Host.Tests.Operations;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Webhooks;
using Xunit.Abstractions;

namespace Politikerforum.Host.Tests.Faults;

/// <summary>
/// Two nodes on one database, written to through both; the node that runs the subscriptions (the webhook relay, and with it
/// the high-water mark) is killed with SIGKILL in the middle of the burst. Wolverine's leader hands its agents to the
/// survivor, which goes on: every acknowledged post is stored once and whole, and every post reaches the webhook receiver,
/// in order, none lost — at most the one being sent at the kill comes twice, with the same webhook-id.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed class when_a_node_dies(ITestOutputHelper output)
{
    [Fact]
    public async Task the_survivor_takes_over_its_subscriptions_and_nothing_is_lost_or_doubled()
    {
        await using var nodes = await ForumNodes.OnScratchDatabaseAsync("nodes");
        await using var receiver = await WebhookReceiver.StartAsync();
        // Slow enough that deliveries are still under way when the node dies.
        receiver.Answering = (_, _) => new Answer(204, TimeSpan.FromMilliseconds(30));
        var both = await Task.WhenAll(nodes.StartAsync(), nodes.StartAsync());

        var (themeId, secret) = await nodes.ThemeWatchedByAsync(receiver, both[1]);
        var victim = await nodes.NodeRunningSubscriptionsAsync();
        var survivor = both.Single(node => node != victim);

        var burst = PostBurst.Start(themeId, nodes.Writers(2, both));
        await burst.UntilAcknowledgedAsync(80, "before the kill");
        await receiver.WaitForAsync(r => r.Count >= 10, "the first deliveries", 30);
        await victim.KillAsync();
        var atKill = burst.Acknowledged.Count;
        await burst.UntilAcknowledgedAsync(atKill + 80, "through the survivor");
        await burst.StopAsync();

        // The survivor runs every subscription now.
        await Poll.UntilAsync(async () => (await nodes.NodesRunningSubscriptionsAsync()).SequenceEqual([ForumNodes.NodeNumberOf(survivor)]),
            TimeSpan.FromSeconds(30), () => "The subscriptions did not move to the surviving node.");
        await StoredPosts.AssertWholeAsync(nodes.ConnectionString, burst.Acknowledged);
        var posts = await StoredPosts.CountAsync(nodes.ConnectionString);
        var received = await receiver.WaitForAsync(r => r.Select(x => x.WebhookId).Distinct().Count() >= posts, $"all {posts} posts", 60);

        var repeated = received.GroupBy(r => r.WebhookId).Where(g => g.Count() > 1).ToList();
        output.WriteLine($"{burst.Acknowledged.Count} acknowledged ({atKill} before the kill), {posts} stored; answers {burst.Summary}; " +
                         $"{received.Count} deliveries, {repeated.Count} repeated.");
        Assert.Equal(posts, received.Select(r => r.WebhookId).Distinct().Count());
        Assert.True(repeated.Count <= 1 && repeated.All(g => g.Count() == 2), $"Delivered more than once: {string.Join(", ", repeated.Select(g => g.Key))}");
        Assert.All(received, r => Assert.True(r.SignedWith(secret)));
        var sequences = received.Select(r => r.Sequence).ToList();
        for (var i = 1; i < sequences.Count; i++)
            Assert.True(sequences[i] >= sequences[i - 1], $"Delivery {i} (sequence {sequences[i]}) came after {sequences[i - 1]}.");
        Assert.DoesNotContain(500, burst.Statuses);
    }
}
