namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// The body of <c>POST {serviceUrl}/v3/conversations</c>: the bot starts a conversation itself. A 1:1 chat names
/// one member and the tenant; a new channel thread names the channel and must carry its first message.
/// </summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public ChannelAccount? Bot { get; init; }
    public string? TopicName { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
    public Activity? Activity { get; init; }
    public string? TenantId { get; init; }

    public static ConversationParameters Personal(string memberId, string tenantId) =>
        new() { IsGroup = false, Members = [new ChannelAccount(memberId)], TenantId = tenantId };

    /// <summary>Without the first message Teams answers 400 BadSyntax.</summary>
    public static ConversationParameters ChannelThread(string channelId, string tenantId, Activity firstMessage) =>
        new() { IsGroup = true, ChannelData = new TeamsChannelData { Channel = new ChannelInfo(channelId) }, Activity = firstMessage, TenantId = tenantId };
}

/// <summary>What Teams answers to a created conversation: its id, and for a channel thread the first message's id.</summary>
public sealed record ConversationResourceResponse(string Id)
{
    public string? ActivityId { get; init; }
    public string? ServiceUrl { get; init; }
}

/// <summary>What Teams answers to a sent or updated activity: its id.</summary>
public sealed record ResourceResponse(string? Id);
