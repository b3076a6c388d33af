using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>
/// Teams refuses a message over about 28 KB (413 MessageSizeTooBig) after the bot has waited for it. A card is
/// measured where it is made, so one that could never be sent fails at once, in the code that made it too long.
/// </summary>
public static class CardAttachments
{
    public const int MaxBytes = 28 * 1024;

    public static int SizeOf(AdaptiveCard card) => BotJson.ToUtf8(card).Length;

    public static Attachment ToAttachment(this AdaptiveCard card)
    {
        var size = SizeOf(card);
        if (size >= MaxBytes)
            throw new MessageTooLargeException($"An adaptive card of {size} bytes is over Teams' limit of {MaxBytes} bytes.");
        return new Attachment(Attachment.AdaptiveCardType) { Content = BotJson.ToElement(card) };
    }
}

/// <summary>A card or message larger than Teams takes: a bug in what made it, never worth sending or retrying.</summary>
public sealed class MessageTooLargeException(string message) : Exception(message);
