namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// Where an activity was said in Teams. A channel's threads are conversations of their own
/// (<c>19:…@thread.tacv2;messageid=…</c>), so the channel is read from Teams' channel data, or from the
/// conversation id without its thread.
/// </summary>
public static class Channels
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>The Teams channel the activity came from; null outside channels (a 1:1 or group chat).</summary>
    public static string? TeamsChannelId(this Activity activity) =>
        activity.ChannelData?.Channel?.Id
        ?? (activity.Conversation is { ConversationType: ConversationTypes.Channel, Id: var id } ? WithoutThread(id) : null);

    /// <summary>A conversation id without the thread it may name: a channel's id for any of its threads.</summary>
    public static string WithoutThread(string conversationId) =>
        conversationId.IndexOf(ThreadMarker, StringComparison.Ordinal) is var at and >= 0 ? conversationId[..at] : conversationId;

    public static bool IsPersonal(this Activity activity) => activity.Conversation?.ConversationType == ConversationTypes.Personal;
}
