using System.Text.Json.Serialization;

namespace Politikerforum.Domain.Commands;

/// <summary>
/// What a command came to, for any door to render: <see cref="Done"/>, or a <see cref="Refusal"/> with its Danish text.
/// Remembered for idempotent retries, so it round-trips through JSON.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "outcome")]
[JsonDerivedType(typeof(Done), "done")]
[JsonDerivedType(typeof(Refusal), "refused")]
public abstract record Outcome;

/// <summary>
/// The command was carried out. <see cref="Id"/> is the thing it created or changed, <see cref="Version"/> that thing's
/// stream version afterwards. <see cref="Answer"/> is what the rule had to say beyond that (e.g. the pace switch's
/// message); after a replay it is the same JSON, read back as a <see cref="System.Text.Json.JsonElement"/>.
/// </summary>
/// <param name="Waits">Recorded, but it takes effect only when someone else acts too (a pace request waiting for a second level).</param>
public sealed record Done(Guid Id, long Version, object? Answer = null, bool Waits = false) : Outcome
{
    /// <summary>
    /// The item as the command left it, for a door that answers with it, so it needs no read of its own afterwards. Not
    /// remembered: a replayed outcome has none, and the door reads the item instead.
    /// </summary>
    [JsonIgnore] public object? Left { get; init; }
}
