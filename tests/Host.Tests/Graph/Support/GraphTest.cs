using System.Text;
using System.Text.Json.Nodes;
using JasperFx.Core;
using Marten;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Graph.Subscriptions;
using Wolverine;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Graph.Support;

/// <summary>
/// Tests of the Graph import through the forum host: Graph's callbacks go to <c>/api/graph/…</c> in memory, and the
/// forum's calls to Graph reach <see cref="FakeGraph"/> on 127.0.0.1 through the real Graph SDK.
/// </summary>
public abstract class GraphTest(ForumFixture fixture) : ForumTest(fixture)
{
    protected FakeGraph Graph { get; } = fixture.Graph;
    protected Teams.Support.FakeConnector Connector { get; } = fixture.Connector;

    /// <summary>A theme linked to a new channel of the fake team; waits until the channel is followed (subscribed, caught up).</summary>
    protected async Task<(Guid ThemeId, string ChannelId)> LinkedThemeAsync()
    {
        var theme = await Secretariat.OpenThemeAsync();
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        await LinkAsync(theme, channel);
        return (theme, channel);
    }

    protected Task<ITrackedSession> LinkAsync(Guid theme, string channel) => Track().ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
        await (await Secretariat.PutAsync($"/api/themes/{theme}/teams-channel", new { teamId = FakeGraph.TeamId, channelId = channel })).ShouldHaveStatusAsync(204)));

    protected async Task<WatchedChannel> WatchedAsync(string channelId)
    {
        await using var session = Store.QuerySession();
        return (await session.LoadAsync<WatchedChannel>(channelId))!;
    }

    /// <summary>The published basic notification item, for this message in this subscription.</summary>
    public static JsonNode NotificationOf(WatchedChannel channel, FakeChannelMessage message, string changeType = "created", string? clientState = null)
    {
        var item = GraphFixtures.Node("change-notification-item-channel-message-basic.json");
        var resource = $"teams('{channel.TeamId}')/channels('{channel.Id}')/messages('{message.ReplyToId ?? message.Id}')"
            + (message.ReplyToId is null ? "" : $"/replies('{message.Id}')");
        item["subscriptionId"] = channel.SubscriptionId;
        item["clientState"] = clientState ?? channel.ClientState;
        item["tenantId"] = FakeGraph.TenantId;
        item["changeType"] = changeType;
        item["resource"] = resource;
        item["resourceData"]!["id"] = message.Id;
        item["resourceData"]!["@odata.id"] = resource;
        return item;
    }

    public static string Delivery(params JsonNode[] items) => new JsonObject { ["value"] = new JsonArray([.. items.Select(i => i.DeepClone())]) }.ToJsonString();

    protected async Task<HttpResponseMessage> PostToAsync(string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await Host.Server.CreateClient().SendAsync(request);
    }

    /// <summary>Delivers as Graph would, and waits until everything it set off has been carried out.</summary>
    protected async Task<(HttpResponseMessage Response, ITrackedSession Tracked)> DeliverAsync(string body, string path = "/api/graph/notifications")
    {
        HttpResponseMessage response = null!;
        var tracked = await Track().ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => response = await PostToAsync(path, body)));
        return (response, tracked);
    }

    protected Task<ITrackedSession> RunAsync(object message) =>
        Track().ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus => await bus.PublishAsync(message)));

    protected async Task<IReadOnlyList<Post>> PostsAsync(Guid themeId)
    {
        await using var session = Store.QuerySession();
        return await session.Query<Post>().Where(p => p.ThemeId == themeId).OrderBy(p => p.PublishedAt).ToListAsync();
    }

    protected async Task<IReadOnlyList<object>> EventsOfAsync(Guid streamId)
    {
        await using var session = Store.QuerySession();
        return (await session.Events.FetchStreamAsync(streamId)).Select(e => e.Data).ToList();
    }

    protected TrackedSessionConfiguration Track() => Host.TrackActivity().Timeout(60.Seconds()).DoNotAssertOnExceptionsDetected();
}
