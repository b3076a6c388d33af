namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// In a channel people address the bot by @mentioning it, so its name is part of the text ("&lt;at&gt;Politikerforum&lt;/at&gt; hjælp").
/// What the person asks is the text without the bot's own mentions; mentions of other people stay, as they are
/// part of what was said.
/// </summary>
public static class Mentions
{
    public static string TextForBot(this Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in activity.Entities ?? [])
            if (mention.IsMentionOf(activity.Recipient?.Id) && !string.IsNullOrEmpty(mention.Text))
                text = text.Replace(mention.Text, "", StringComparison.Ordinal);
        return text.Trim();
    }

    /// <summary>Whether the activity adds or removes the bot itself (its id is the recipient's).</summary>
    public static bool IsAbout(this IReadOnlyList<ChannelAccount>? members, ChannelAccount? bot) =>
        bot is not null && (members ?? []).Any(member => member.Id == bot.Id);
}
