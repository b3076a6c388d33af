namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// A person or bot in a conversation. Teams ids (<c>29:…</c> for people, <c>28:…</c> for bots) differ per bot;
/// <see cref="AadObjectId"/> is the person's Entra object id, the one the forum knows them by.
/// </summary>
public sealed record ChannelAccount(string Id)
{
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
}

/// <summary>
/// The conversation an activity belongs to. A channel thread's id is the channel's id with <c>;messageid=…</c>
/// of the thread's first message.
/// </summary>
public sealed record ConversationAccount(string Id)
{
    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
    public string? Name { get; init; }
}

public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
