using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;
using Wolverine;

namespace Politikerforum.Integrations.Graph.Subscriptions;

public static class WatchChannelHandler
{
    /// <summary>
    /// A live subscription on record is kept (a restart asks for every channel again); a missing, expired or removed one
    /// is made anew. Either way the channel catches up, as something may have been said while nobody listened.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(WatchChannel message, GraphSettings settings, GraphConnection graph, IDocumentSession session,
        IDocumentStore store, TimeProvider clock, ILogger<WatchChannel> log, CancellationToken ct)
    {
        if (!settings.IsOn) return [];
        var now = clock.GetUtcNow();
        var known = await session.LoadAsync<WatchedChannel>(message.ChannelId, ct);
        var channel = known is not null && known.TeamId == message.TeamId
            ? known with { ThemeId = message.ThemeId }
            : new WatchedChannel(message.ChannelId, message.ThemeId, message.TeamId);
        OutgoingMessages next = [];
        var live = channel.SubscriptionId is not null && channel.SubscriptionExpiresAt > now;
        if (settings.NotificationBaseUrl.Length > 0 && (message.Recreate || !live))
        {
            if (live) await DeleteAsync(graph, channel.SubscriptionId!, ct);
            channel = await store.NotedAsync(channel.Id, clock, log, () => ChannelSubscriptions.CreateAsync(graph.Client, settings, channel, now, ct));
            next.Add(ChannelSubscriptions.RenewalOf(channel));
        }
        session.Store(channel);
        next.Add(new CatchUpChannel(channel.Id));
        return next;
    }

    /// <summary>A subscription no one needs any more; one Graph already forgot is as good as deleted.</summary>
    public static async Task DeleteAsync(GraphConnection graph, string subscriptionId, CancellationToken ct)
    {
        try
        {
            await graph.Client.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
        }
    }
}

public static class UnwatchChannelHandler
{
    public static async Task Handle(UnwatchChannel message, GraphSettings settings, GraphConnection graph, IDocumentSession session, CancellationToken ct)
    {
        if (!settings.IsOn || await session.LoadAsync<WatchedChannel>(message.ChannelId, ct) is not { } channel) return;
        if (channel.SubscriptionId is { } subscription) await WatchChannelHandler.DeleteAsync(graph, subscription, ct);
        session.Delete(channel);
    }
}

public static class RenewSubscriptionHandler
{
    /// <summary>A renewal Graph refuses because the subscription is gone makes a new one (and catches up).</summary>
    public static async Task<OutgoingMessages> Handle(RenewSubscription message, GraphSettings settings, GraphConnection graph, IDocumentSession session,
        IDocumentStore store, TimeProvider clock, ILogger<RenewSubscription> log, CancellationToken ct)
    {
        if (!settings.IsOn || await session.LoadAsync<WatchedChannel>(message.ChannelId, ct) is not { } channel
            || channel.SubscriptionId != message.SubscriptionId) return [];
        try
        {
            var renewed = await store.NotedAsync(channel.Id, clock, log, () => ChannelSubscriptions.RenewAsync(graph.Client, channel, clock.GetUtcNow(), ct));
            session.Store(renewed);
            return [ChannelSubscriptions.RenewalOf(renewed)];
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return [new WatchChannel(channel.Id, channel.ThemeId, channel.TeamId, Recreate: true)];
        }
    }
}

public static class SubscriptionLifecycleHandler
{
    /// <summary>Graph's lifecycle events, as its documentation asks them to be answered.</summary>
    public static async Task<OutgoingMessages> Handle(SubscriptionLifecycle message, IDocumentSession session, ILogger<SubscriptionLifecycle> log, CancellationToken ct)
    {
        if (await session.LoadAsync<WatchedChannel>(message.ChannelId, ct) is not { } channel || channel.SubscriptionId != message.SubscriptionId) return [];
        log.LogInformation("Graph lifecycle event {Event} for the subscription of channel {ChannelId}", message.LifecycleEvent, channel.Id);
        return message.LifecycleEvent switch
        {
            "reauthorizationRequired" => [new RenewSubscription(channel.Id, message.SubscriptionId)],
            "subscriptionRemoved" => [new WatchChannel(channel.Id, channel.ThemeId, channel.TeamId, Recreate: true)],
            "missed" => [new CatchUpChannel(channel.Id)],
            _ => []
        };
    }
}
