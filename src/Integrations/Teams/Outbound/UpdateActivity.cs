using Marten;
using Politikerforum.Integrations.Teams.Protocol;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>Replaces a message the bot sent earlier, e.g. a decision card with the new tally.</summary>
public sealed record UpdateActivity(string ConversationId, string ActivityId, Activity Activity) : ITeamsDelivery
{
    public string Thread => ConversationId;
}

public static class UpdateActivityHandler
{
    public static async Task<object?> Handle(UpdateActivity message, IQuerySession session, ConnectorClient connector, ThreadThrottle throttle, CancellationToken ct)
    {
        var serviceUrl = await session.ServiceUrlAsync(message.ConversationId, ct);
        var later = await throttle.InTurnAsync(message.Thread,
            () => connector.UpdateAsync(serviceUrl, message.ConversationId, message.ActivityId, message.Activity with { Id = message.ActivityId }, ct), ct);
        return later is { } wait ? message.DelayedFor(wait) : null;
    }
}
