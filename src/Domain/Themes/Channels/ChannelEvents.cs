namespace Politikerforum.Domain.Themes;

// A channel link lives on the theme's own stream, so its events are theme events (namespace Themes);
// the folder only keeps the feature together.

/// <summary>
/// A Teams channel became the theme's place in Teams: what the bot is told there acts on the theme, and the theme's
/// notices go there. Linked by the secretariat in the channel ("tilknyt"), over the API, or when the forum creates
/// the channel itself. <see cref="TeamId"/> is the team's Entra group id, <see cref="ChannelId"/> Teams' <c>19:…@thread.tacv2</c>.
/// </summary>
public record TeamsChannelLinked(Guid ThemeId, string TeamId, string ChannelId, Guid LinkedBy, DateTimeOffset LinkedAt);

public record TeamsChannelUnlinked(Guid ThemeId, string TeamId, string ChannelId, Guid UnlinkedBy, DateTimeOffset UnlinkedAt);

/// <summary>A theme's channel in Teams: the team (its Entra group id) and the channel.</summary>
public sealed record LinkedChannel(string TeamId, string ChannelId);
