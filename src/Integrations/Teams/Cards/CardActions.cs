using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>A button on a card. <see cref="Data"/> comes back with the card's inputs when it is pressed.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }
    public JsonObject? Data { get; init; }
    public ActionStyle? Style { get; init; }
}

/// <summary>
/// Universal action: Teams invokes the bot (<c>adaptiveCard/action</c>) with <see cref="Verb"/>, and the bot answers
/// within seconds with a card that replaces this one, or a message.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb) : CardAction(Title)
{
    /// <summary><c>auto</c> (the card's inputs, the default) or <c>none</c>, e.g. for a "cancel" button.</summary>
    public string? AssociatedInputs { get; init; }
}

/// <summary>The older way: Teams posts a <c>message</c> whose <c>value</c> holds <see cref="CardAction.Data"/> and the inputs.</summary>
public sealed record SubmitAction(string Title) : CardAction(Title);

public enum ActionStyle { Default, Positive, Destructive }
