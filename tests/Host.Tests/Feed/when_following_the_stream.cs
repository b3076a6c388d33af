using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Feed;
using Politikerforum.Integrations.Feed.Stream;

namespace Politikerforum.Host.Tests.Feed;

/// <summary>The live stream: the feed's CloudEvents as Server-Sent Events, resumable after a dropped connection.</summary>
public sealed class when_following_the_stream(ForumFixture fixture) : ForumTest(fixture)
{
    private string IntegratorToken => Tokens.For("integrator", "integrator-oid");

    [Fact]
    public async Task a_resume_after_a_dropped_connection_has_no_gap_and_nothing_twice()
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync("public");
        for (var i = 0; i < 5; i++) await author.PublishAsync(theme, $"Før {i}");
        await Store.CaughtUpAsync();

        string lastId;
        await using (var first = await SseListener.ConnectAsync(Host, IntegratorToken, "?after=0"))
        {
            var seen = await first.WaitForAsync(e => e.Count == 7, "the theme, its opener and five posts");
            lastId = seen[^1].Id;
            Assert.All(seen, e => Assert.Equal(e.Id, JsonDocument.Parse(e.Data).RootElement.GetProperty("sequence").GetString()));
            Assert.All(seen, e => Assert.Equal(e.Type, JsonDocument.Parse(e.Data).RootElement.GetProperty("type").GetString()));
        }

        // Written while the client was away, and after it came back.
        for (var i = 0; i < 5; i++) await author.PublishAsync(theme, $"Mens den var væk {i}");
        await using var resumed = await SseListener.ConnectAsync(Host, IntegratorToken, lastEventId: lastId);
        for (var i = 0; i < 5; i++) await author.PublishAsync(theme, $"Efter {i}");
        await Store.CaughtUpAsync();

        var feed = (await Integrator.FeedPageAsync($"?after={lastId}&limit=1000")).Events;
        Assert.Equal(10, feed.Count);
        var got = await resumed.WaitForAsync(e => e.Count >= 10, "the ten events after the last one seen");
        Assert.Equal(feed.Select(e => e[CloudNative.CloudEvents.Extensions.Sequence.SequenceAttribute]), got.Select(e => (object)e.Id));
        Assert.Equal(feed.Select(e => e.Id), got.Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task an_idle_stream_beats_and_only_integrators_and_admins_listen()
    {
        await using var idle = await SseListener.ConnectAsync(Host, IntegratorToken);
        await idle.WaitForCommentAsync();
        var (_, member) = await MemberAsync();
        await (await member.GetAsync("/api/feed/stream")).ShouldBeProblemAsync(403);
        await (await Integrator.SendAsync(HttpMethod.Get, "/api/feed/stream?types=dk.politikerforum.post.shouted")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task a_hundred_listeners_cost_the_database_no_more_than_one()
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync("public");
        await Store.CaughtUpAsync();
        var broadcaster = Host.Services.GetRequiredService<FeedBroadcaster>();
        var reader = Host.Services.GetRequiredService<FeedReader>();
        var listeners = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => SseListener.ConnectAsync(Host, IntegratorToken)));
        try
        {
            Assert.Equal(100, broadcaster.Listeners);
            // Once every listener has had the broadcaster's first batch, it needs the store no more.
            await Task.WhenAll(listeners.Select(l => l.WaitForCommentAsync()));
            var readsBefore = reader.Reads;

            for (var i = 0; i < 10; i++) await author.PublishAsync(theme, $"Til alle {i}");
            await Task.WhenAll(listeners.Select(l => l.WaitForAsync(e => e.Count == 10, "ten posts")));

            var reads = reader.Reads - readsBefore;
            Assert.True(reads <= 10, $"The store was read {reads} times for 10 events and 100 listeners.");
        }
        finally
        {
            foreach (var listener in listeners) await listener.DisposeAsync();
        }
    }
}
