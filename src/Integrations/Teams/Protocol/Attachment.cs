using System.Text.Json;

namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// A card or file in an activity. <see cref="Content"/> is kept as JSON: a card is written once, by
/// <see cref="BotJson"/>, when it is attached, and travels unchanged through the outbox to Teams.
/// </summary>
public sealed record Attachment(string ContentType)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public JsonElement? Content { get; init; }
    public string? ContentUrl { get; init; }
    public string? Name { get; init; }
}
