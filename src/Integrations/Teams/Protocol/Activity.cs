using System.Text.Json;

namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// One Bot Framework activity, in either direction: what Teams posts to <c>/api/messages</c> and what the bot sends
/// back through the Connector. Only the fields the forum uses are typed; every field is optional, because Teams
/// leaves out whatever does not apply and the bot writes out only what it means.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Speak { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>An <c>Action.Submit</c>'s data and inputs, or an invoke's payload.</summary>
    public JsonElement? Value { get; init; }

    public string? ReplyToId { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public string? AttachmentLayout { get; init; }
    public string? Locale { get; init; }
    public string? InputHint { get; init; }
    public bool? IsTargeted { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }

    /// <summary>On <c>installationUpdate</c>: <c>add</c> or <c>remove</c>.</summary>
    public string? Action { get; init; }

    /// <summary>On <c>invoke</c>: what is asked, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
}
