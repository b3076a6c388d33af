using Marten;
using Politikerforum.Integrations.Teams.Protocol;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// The bot starts a conversation: a 1:1 chat with a member (then sends <see cref="FirstMessage"/> into it) or a new
/// thread in a channel (whose first message is part of <see cref="Parameters"/>). The new conversation's reference is
/// stored, so later deliveries find it.
/// </summary>
public sealed record StartConversation(string ServiceUrl, ConversationParameters Parameters, Activity? FirstMessage = null) : ITeamsDelivery
{
    /// <summary>The channel, or the person, the conversation is started with.</summary>
    public string Thread => Parameters.ChannelData?.Channel?.Id ?? Parameters.Members?.FirstOrDefault()?.Id ?? ServiceUrl;
}

public static class StartConversationHandler
{
    public static async Task<object?> Handle(StartConversation message, IDocumentSession session, ConnectorClient connector, ThreadThrottle throttle,
        TimeProvider clock, CancellationToken ct)
    {
        ConversationResourceResponse? created = null;
        var later = await throttle.InTurnAsync(message.Thread,
            async () => created = await connector.CreateConversationAsync(message.ServiceUrl, message.Parameters, ct), ct);
        if (later is { } wait) return message.DelayedFor(wait);

        session.Store(new ConversationReference(created!.Id, created.ServiceUrl ?? message.ServiceUrl)
        {
            BotChannel = "msteams",
            ConversationType = message.Parameters.IsGroup ? ConversationTypes.Channel : ConversationTypes.Personal,
            TenantId = message.Parameters.TenantId,
            Bot = message.Parameters.Bot,
            TeamsChannelId = message.Parameters.ChannelData?.Channel?.Id,
            LastActivityAt = clock.GetUtcNow()
        });
        return message.FirstMessage is { } first ? new SendActivity(created.Id, first) : null;
    }
}
