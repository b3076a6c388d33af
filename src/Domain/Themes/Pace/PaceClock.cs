namespace Politikerforum.Domain.Themes;

/// <summary>Scheduled at the end of an urgent period; <see cref="Until"/> says which period it ends.</summary>
public record RevertPace(Guid ThemeId, DateTimeOffset Until);

public static class PaceClock
{
    /// <summary>
    /// Null when there is nothing to revert: the theme is back in normal pace, or urgent for a later
    /// period (an old message must not cut a new switch short), or the time has not come yet.
    /// </summary>
    public static PaceReverted? Revert(Theme theme, RevertPace message, DateTimeOffset now) =>
        IsCurrent(theme, message) && now >= message.Until ? new PaceReverted(theme.Id, now) : null;

    /// <summary>The message ends the urgent period the theme is in now.</summary>
    public static bool IsCurrent(Theme theme, RevertPace message) =>
        theme.Pace == Pace.Urgent && theme.UrgentUntil == message.Until;
}
