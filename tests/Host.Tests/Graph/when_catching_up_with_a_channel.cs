using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Graph;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>What was said while nobody listened is read with delta rounds, page by page, from the stored delta link.</summary>
public sealed class when_catching_up_with_a_channel(ForumFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task a_delta_round_follows_every_next_link_to_the_delta_link_and_the_next_round_starts_there()
    {
        var theme = await Secretariat.OpenThemeAsync();
        var channelId = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var said = Enumerable.Range(1, 5).Select(i => Graph.Write(channelId, $"Indlæg nummer {i}", "oid-early")).ToList();
        Graph.Write(channelId, "Et svar", "oid-early", replyToId: said[0].Id);
        var deltas = Graph.CallsTo("GET", $"{channelId}/messages/delta").Count;

        await LinkAsync(theme, channelId);

        var rounds = Graph.CallsTo("GET", $"{channelId}/messages/delta").Skip(deltas).ToList();
        Assert.Equal(3, rounds.Count);
        Assert.DoesNotContain("$skiptoken", Uri.UnescapeDataString(rounds[0].Target));
        Assert.All(rounds.Skip(1), call => Assert.Contains("$skiptoken", Uri.UnescapeDataString(call.Target)));
        var posts = await PostsAsync(theme);
        Assert.Equal(6, posts.Count);
        Assert.Equal(["Indlæg nummer 1", "Indlæg nummer 2", "Indlæg nummer 3", "Indlæg nummer 4", "Indlæg nummer 5"],
            posts.Where(p => p.ReplyTo is null).Select(p => p.Text).Order());
        var channel = await WatchedAsync(channelId);
        Assert.Contains("$deltatoken=", Uri.UnescapeDataString(channel.DeltaLink!));
        Assert.NotNull(channel.LastDeltaSyncAt);

        Graph.Write(channelId, "Skrevet mens forummet var nede", "oid-early");
        Graph.Change(said[1].Id, m => m.Html = "Indlæg nummer 2, rettet");
        await RunAsync(new CatchUpChannel(channelId));

        var next = Graph.CallsTo("GET", $"{channelId}/messages/delta").Skip(deltas + 3).ToList();
        Assert.Contains("$deltatoken=", Uri.UnescapeDataString(Assert.Single(next).Target));
        var after = await PostsAsync(theme);
        Assert.Equal(7, after.Count);
        Assert.Contains(after, p => p.Text == "Indlæg nummer 2, rettet");
        Assert.Contains(after, p => p.Text == "Skrevet mens forummet var nede");
    }

    [Fact]
    public async Task a_429_with_retry_after_is_waited_out_by_the_sdk()
    {
        var (themeId, channelId) = await LinkedThemeAsync();
        var message = Graph.Write(channelId, "Efter en pause", "oid-throttled");
        Graph.FailNext(429, retryAfter: "2");

        await DeliverAsync(Delivery(NotificationOf(await WatchedAsync(channelId), message)));

        var fetches = Graph.CallsTo("GET", $"/messages/{message.Id}");
        Assert.Equal([429, 200], fetches.Select(c => c.Status));
        Assert.True(fetches[1].ArrivedAt - fetches[0].ArrivedAt >= TimeSpan.FromSeconds(2), $"Retried after {fetches[1].ArrivedAt - fetches[0].ArrivedAt}.");
        Assert.Equal("Efter en pause", Assert.Single(await PostsAsync(themeId)).Text);
    }
}
