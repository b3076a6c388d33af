using Marten;
using Politikerforum.Integrations.Teams.Protocol;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>A message from the bot into a conversation; with <see cref="ReplyToId"/>, as a reply to that activity (in a channel: in its thread).</summary>
public sealed record SendActivity(string ConversationId, Activity Activity, string? ReplyToId = null) : ITeamsDelivery
{
    public string Thread => ConversationId;
}

public static class SendActivityHandler
{
    public static async Task<object?> Handle(SendActivity message, IQuerySession session, ConnectorClient connector, ThreadThrottle throttle, CancellationToken ct)
    {
        var serviceUrl = await session.ServiceUrlAsync(message.ConversationId, ct);
        var later = await throttle.InTurnAsync(message.Thread, () => message.ReplyToId is { } replyToId
            ? connector.ReplyAsync(serviceUrl, message.ConversationId, replyToId, message.Activity, ct)
            : connector.SendAsync(serviceUrl, message.ConversationId, message.Activity, ct), ct);
        return later is { } wait ? message.DelayedFor(wait) : null;
    }
}
