namespace Politikerforum.Domain.Themes;

/// <summary>
/// Whether the forum can create Teams channels itself (Graph is on and <c>Graph:TeamId</c> names the team). The Graph
/// integration registers it, so a theme opened with a request for a channel is refused up front when none can be made.
/// </summary>
public sealed record NewTeamsChannels(bool Available);

/// <summary>
/// Cascaded, durably, from opening a theme that asked for a channel: once the theme exists, the Graph integration creates
/// its channel, links it and announces the bot there, as <c>POST /api/themes/{id}/teams-channel/create</c> does.
/// </summary>
public sealed record CreateChannelForNewTheme(Guid ThemeId, Guid RequestedBy);
