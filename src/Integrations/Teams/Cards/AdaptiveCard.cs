using System.Text.Json.Serialization;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>
/// An Adaptive Card, version 1.5: the highest Teams renders on every client. Built from these records and written
/// by <see cref="BotJson"/>, so a card is always well-formed JSON whatever its texts hold.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("$schema")] public string Schema => SchemaUrl;
    public string Type => "AdaptiveCard";
    public string Version => "1.5";
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>What a screen reader says instead of reading the card.</summary>
    public string? Speak { get; init; }

    /// <summary>Makes Teams fetch a fresh card (an <c>adaptiveCard/action</c> invoke) for the users named, e.g. each member's own position.</summary>
    public CardRefresh? Refresh { get; init; }

    [JsonPropertyName("msteams")] public TeamsCardProperties? Teams { get; init; }
}

/// <summary>
/// <see cref="Action"/> must be an <see cref="ExecuteAction"/>; it is typed as the base so that its <c>type</c> is
/// written. Teams refreshes automatically for at most 60 <see cref="UserIds"/> (Teams user ids, <c>29:…</c>).
/// </summary>
public sealed record CardRefresh(CardAction Action)
{
    public IReadOnlyList<string>? UserIds { get; init; }
}

/// <summary>Teams' extensions of a card: the people its texts mention (<c>&lt;at&gt;name&lt;/at&gt;</c>), and its width.</summary>
public sealed record TeamsCardProperties
{
    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary><c>Full</c> lets a card use the whole width of the conversation.</summary>
    public string? Width { get; init; }
}
