using Marten;
using Politikerforum.Integrations.Teams.Protocol;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// A message from the bot into a conversation; with <see cref="ReplyToId"/>, as a reply to that activity (in a channel: in its thread).
/// With <see cref="Remember"/>, the message is remembered as a <see cref="SentCard"/> under that key.
/// </summary>
public sealed record SendActivity(string ConversationId, Activity Activity, string? ReplyToId = null, string? Remember = null) : ITeamsDelivery
{
    public string Thread => ConversationId;
}

public static class SendActivityHandler
{
    public static async Task<object?> Handle(SendActivity message, IDocumentSession session, ConnectorClient connector, ThreadThrottle throttle,
        TimeProvider clock, CancellationToken ct)
    {
        var serviceUrl = await session.ServiceUrlAsync(message.ConversationId, ct);
        ResourceResponse? sent = null;
        var later = await throttle.InTurnAsync(message.Thread, async () => sent = message.ReplyToId is { } replyToId
            ? await connector.ReplyAsync(serviceUrl, message.ConversationId, replyToId, message.Activity, ct)
            : await connector.SendAsync(serviceUrl, message.ConversationId, message.Activity, ct), ct);
        if (later is { } wait) return message.DelayedFor(wait);
        SentCard.Remember(session, message.Remember, message.ConversationId, sent?.Id, clock.GetUtcNow());
        return null;
    }
}
