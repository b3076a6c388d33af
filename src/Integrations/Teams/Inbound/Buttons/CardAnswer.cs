using System.Text.Json.Nodes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Inbound.Buttons;

/// <summary>
/// What the bot answers the person who pressed a card's button: a card in place of the pressed one (for their eyes
/// only), or a message.
/// </summary>
public sealed record CardAnswer(AdaptiveCard? Card, string? Text)
{
    public static CardAnswer Of(AdaptiveCard card) => new(card, null);
    public static CardAnswer Of(string text) => new(null, text);

    /// <summary>Through <see cref="CardAttachments"/>, so a card too large for Teams fails where it is made.</summary>
    public InvokeResponse ToInvokeResponse() => Card is { } card ? InvokeResponse.Card(card.ToAttachment().Content!.Value) : InvokeResponse.Message(Text ?? "");
}

/// <summary>The values a pressed button brings: its own data and the card's inputs, all as strings, as Adaptive Cards sends them.</summary>
public static class CardData
{
    /// <summary>The value, trimmed; null when absent or blank, so a required field that was left empty is refused as missing.</summary>
    public static string? Text(this JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public static Guid? Id(this JsonObject data, string name) => Guid.TryParse(data.Text(name), out var id) ? id : null;

    /// <summary>A list typed as comma-separated text, or chosen in a multi-select (which Adaptive Cards also sends comma-separated).</summary>
    public static JsonArray? List(this JsonObject data, string name) =>
        data.Text(name) is { } text ? [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(item => (JsonNode)item)] : null;
}
