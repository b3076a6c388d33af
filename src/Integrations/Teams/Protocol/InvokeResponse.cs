using System.Text.Json;

namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// The body of the HTTP 200 that answers an <c>adaptiveCard/action</c> invoke: a card that replaces the pressed
/// one, a message Teams shows in its place, or an error Teams shows on the card.
/// </summary>
public sealed record InvokeResponse(int StatusCode, string Type, JsonElement Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse Card(JsonElement card) => new(200, CardType, card);

    public static InvokeResponse Message(string text) => new(200, MessageType, BotJson.ToElement(text));

    public static InvokeResponse BadRequest(string message) =>
        new(400, ErrorType, BotJson.ToElement(new InvokeError("BadRequest", message)));
}

public sealed record InvokeError(string Code, string Message);
