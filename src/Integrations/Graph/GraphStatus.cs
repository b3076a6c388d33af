using Marten;
using Politikerforum.Domain;
using Politikerforum.Integrations.Graph.Subscriptions;

namespace Politikerforum.Integrations.Graph;

/// <summary>One followed channel, as the secretariat's status shows it. <see cref="LagSeconds"/>: from the latest imported change in Teams to its import.</summary>
public sealed record ChannelStatus(
    Guid ThemeId, string TeamId, string ChannelId, string? SubscriptionId, DateTimeOffset? SubscriptionExpiresAt, bool IncludesResourceData,
    DateTimeOffset? LastNotificationAt, DateTimeOffset? LastDeltaSyncAt, DateTimeOffset? LastImportAt, double? LagSeconds,
    IReadOnlyList<GraphFailure> Errors);

/// <param name="On">Graph is configured (<c>Graph:ClientId</c>).</param>
/// <param name="Subscribing">Graph can call the forum back (<c>Graph:NotificationBaseUrl</c>); without it channels are only caught up.</param>
public sealed record GraphStatusView(bool On, bool Subscribing, string? TeamId, IReadOnlyList<ChannelStatus> Channels);

public static class GraphStatus
{
    public static readonly Refusal NotForYou = Refusal.Forbidden("Kun sekretariatet kan se forbindelsen til Microsoft Graph.");

    public static async Task<GraphStatusView?> ReadAsync(IQuerySession session, GraphSettings settings, Actor actor, CancellationToken ct)
    {
        if (!actor.RunsTheForum) return null;
        var channels = await session.Query<WatchedChannel>().OrderBy(c => c.Id).ToListAsync(ct);
        return new GraphStatusView(settings.IsOn, settings.NotificationBaseUrl.Length > 0, settings.TeamId.Length > 0 ? settings.TeamId : null,
            [.. channels.Select(c => new ChannelStatus(c.ThemeId, c.TeamId, c.Id, c.SubscriptionId, c.SubscriptionExpiresAt, c.IncludesResourceData,
                c.LastNotificationAt, c.LastDeltaSyncAt, c.LastImportAt, c.LastLag?.TotalSeconds, c.Errors))]);
    }
}
