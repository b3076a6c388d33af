using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// What the bot needs to speak in a conversation later, on its own initiative: above all the <see cref="ServiceUrl"/>,
/// which differs per tenant and region and may change, so it is taken afresh from every activity Teams sends.
/// A Marten document keyed by the conversation id; the team and channel tell which forum theme a channel is.
/// </summary>
public sealed record ConversationReference(string Id, string ServiceUrl)
{
    /// <summary>The Bot Framework channel, <c>msteams</c>.</summary>
    public string? BotChannel { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public ChannelAccount? Bot { get; init; }
    public string? TeamId { get; init; }
    public string? TeamAadGroupId { get; init; }
    public string? TeamsChannelId { get; init; }
    public DateTimeOffset LastActivityAt { get; init; }

    public static ConversationReference? Of(Activity activity, DateTimeOffset now) =>
        activity is { Conversation.Id: { Length: > 0 } id, ServiceUrl: { Length: > 0 } serviceUrl }
            ? new ConversationReference(id, serviceUrl)
            {
                BotChannel = activity.ChannelId,
                ConversationType = activity.Conversation.ConversationType,
                TenantId = activity.Conversation.TenantId ?? activity.ChannelData?.Tenant?.Id,
                Bot = activity.Recipient,
                TeamId = activity.ChannelData?.Team?.Id,
                TeamAadGroupId = activity.ChannelData?.Team?.AadGroupId,
                TeamsChannelId = activity.ChannelData?.Channel?.Id,
                LastActivityAt = now
            }
            : null;
}
