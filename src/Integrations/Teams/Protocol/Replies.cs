namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// A message from the bot into the conversation an activity came from: the sides swapped, the same conversation,
/// channel and service, and (for a reply) the id of the activity it answers.
/// </summary>
public static class Replies
{
    public static Activity ReplyTo(this Activity incoming, string? text = null, params IReadOnlyList<Attachment> attachments) => new()
    {
        Type = ActivityTypes.Message,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
        Text = text,
        Attachments = attachments.Count > 0 ? attachments : null
    };
}
