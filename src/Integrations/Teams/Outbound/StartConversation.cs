using Marten;
using Politikerforum.Integrations.Teams.Protocol;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// The bot starts a conversation: a 1:1 chat with a member (then sends <see cref="FirstMessage"/> into it) or a new
/// thread in a channel (whose first message is part of <see cref="Parameters"/>, remembered under <see cref="Remember"/>).
/// <see cref="Then"/> follow in the new conversation, each its own delivery. The new conversation's reference is
/// stored, so later deliveries find it.
/// </summary>
public sealed record StartConversation(string ServiceUrl, ConversationParameters Parameters, Activity? FirstMessage = null) : ITeamsDelivery
{
    /// <summary>The channel, or the person, the conversation is started with.</summary>
    public string Thread => Parameters.ChannelData?.Channel?.Id ?? Parameters.Members?.FirstOrDefault()?.Id ?? ServiceUrl;

    public string? Remember { get; init; }

    public IReadOnlyList<FollowUp> Then { get; init; } = [];
}

/// <summary>A message that follows in a conversation the bot starts, and the key it is remembered under, if any.</summary>
public sealed record FollowUp(Activity Activity, string? Remember = null);

public static class StartConversationHandler
{
    public static async Task<object> Handle(StartConversation message, IDocumentSession session, ConnectorClient connector, ThreadThrottle throttle,
        TimeProvider clock, CancellationToken ct)
    {
        ConversationResourceResponse? created = null;
        var later = await throttle.InTurnAsync(message.Thread,
            async () => created = await connector.CreateConversationAsync(message.ServiceUrl, message.Parameters, ct), ct);
        if (later is { } wait) return new OutgoingMessages { message.DelayedFor(wait) };

        var now = clock.GetUtcNow();
        session.Store(new ConversationReference(created!.Id, created.ServiceUrl ?? message.ServiceUrl)
        {
            BotChannel = "msteams",
            ConversationType = message.Parameters.IsGroup ? ConversationTypes.Channel : ConversationTypes.Personal,
            TenantId = message.Parameters.TenantId,
            Bot = message.Parameters.Bot,
            TeamsChannelId = message.Parameters.ChannelData?.Channel?.Id,
            LastActivityAt = now
        });
        SentCard.Remember(session, message.Remember, created.Id, created.ActivityId, now);
        OutgoingMessages next = [];
        if (message.FirstMessage is { } first) next.Add(new SendActivity(created.Id, first));
        foreach (var followUp in message.Then) next.Add(new SendActivity(created.Id, followUp.Activity, Remember: followUp.Remember));
        return next;
    }
}
