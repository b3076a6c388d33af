namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>A reaction on one of the bot's messages (<c>like</c>, <c>heart</c>, …); the message is the activity's <c>replyToId</c>.</summary>
public sealed record MessageReaction(string Type);
