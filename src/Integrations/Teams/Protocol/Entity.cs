using System.Text.Json;
using System.Text.Json.Serialization;

namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// Metadata beside an activity's text. The bot reads mentions (<c>type: mention</c>, who and the text standing for
/// them, e.g. <c>&lt;at&gt;Politikerforum&lt;/at&gt;</c>); every other kind (clientInfo, schema.org messages, …)
/// is carried as it came, so nothing Teams adds is lost when an entity is written again.
/// </summary>
public sealed record Entity(string Type)
{
    public const string MentionType = "mention";

    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Other { get; init; }

    /// <summary>A mention of someone, written in the text (or a card's text) as <c>&lt;at&gt;name&lt;/at&gt;</c>.</summary>
    public static Entity Mention(string id, string name) =>
        new(MentionType) { Text = $"<at>{name}</at>", Mentioned = new ChannelAccount(id) { Name = name } };

    public bool IsMentionOf(string? id) => Type == MentionType && id is not null && Mentioned?.Id == id;
}
