namespace Politikerforum.Domain.Themes;

// Pace lives on the theme's own stream, so its events are theme events (namespace Themes);
// the folder only keeps the feature together.

/// <summary>A participant asked for the theme to change pace; it takes effect when a participant from another level asks the same.</summary>
public record PaceSwitchRequested(
    Guid ThemeId, Pace Pace, string? Reason, DateTimeOffset? Until, Guid RequestedBy, Level Level, DateTimeOffset RequestedAt);

/// <summary>
/// The theme changed pace: by the secretariat alone, or by two participants from different levels
/// (<see cref="SwitchedBy"/> names the one who asked first and the one who seconded). <see cref="Until"/>
/// is the end of an urgent period, null when switched back to normal.
/// </summary>
public record PaceSwitched(
    Guid ThemeId, Pace Pace, string? Reason, DateTimeOffset? Until, IReadOnlyList<Guid> SwitchedBy, DateTimeOffset SwitchedAt);

/// <summary>The urgent period ran out and the theme went back to normal pace by itself.</summary>
public record PaceReverted(Guid ThemeId, DateTimeOffset RevertedAt);

/// <summary>A request for a pace switch waiting for a participant from another level; it lapses after <see cref="SwitchingPace.RequestLifetime"/>.</summary>
public sealed record PaceRequest(Guid MemberId, Level Level, Pace Pace, string? Reason, DateTimeOffset? Until, DateTimeOffset RequestedAt);
