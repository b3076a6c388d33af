using Marten;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>Removes a message the bot sent earlier, e.g. a notice about something that was since hidden.</summary>
public sealed record DeleteActivity(string ConversationId, string ActivityId) : ITeamsDelivery
{
    public string Thread => ConversationId;
}

public static class DeleteActivityHandler
{
    public static async Task<object?> Handle(DeleteActivity message, IQuerySession session, ConnectorClient connector, ThreadThrottle throttle, CancellationToken ct)
    {
        var serviceUrl = await session.ServiceUrlAsync(message.ConversationId, ct);
        var later = await throttle.InTurnAsync(message.Thread, () => connector.DeleteAsync(serviceUrl, message.ConversationId, message.ActivityId, ct), ct);
        return later is { } wait ? message.DelayedFor(wait) : null;
    }
}
