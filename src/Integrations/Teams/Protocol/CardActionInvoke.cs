using System.Text.Json;
using System.Text.Json.Nodes;

namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// The value of an <c>adaptiveCard/action</c> invoke: the <c>Action.Execute</c> that was pressed, with its data and
/// the card's inputs merged into <see cref="ExecutedAction.Data"/>. <see cref="Trigger"/> is <c>manual</c> for a
/// press, <c>automatic</c> for a card's refresh.
/// </summary>
public sealed record CardActionInvoke(ExecutedAction Action)
{
    public const string Name = "adaptiveCard/action";

    public string? Trigger { get; init; }

    /// <summary>The invoke's action, or null when the value is not one (then the invoke is answered with a 400 error).</summary>
    public static CardActionInvoke? From(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        try
        {
            return value.Deserialize<CardActionInvoke>(BotJson.Options) is { Action: not null } invoke ? invoke : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The pressed action. Teams leaves out <see cref="Verb"/> when the card's author did, so it may be null.</summary>
public sealed record ExecutedAction(string? Type)
{
    public string? Title { get; init; }
    public string? Verb { get; init; }
    public string? Id { get; init; }
    public JsonObject? Data { get; init; }
}
