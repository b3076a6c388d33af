namespace Politikerforum.Domain.Tests.Pacing;

/// <summary>Anne and Carl sit in kommuner, Bo in a region; all three take part in the theme.</summary>
public static class PaceStory
{
    public static readonly Guid Carl = Guid.NewGuid();
    public static readonly Actor AsCarl = AsMember(Carl);
    public static readonly DateTimeOffset Until = Now.AddDays(3);
    public static readonly SwitchPace Urgent = new(Pace.Urgent, " Stormflod på vej ", Until);
    public static readonly SwitchPace Normal = new(Pace.Normal, null, null);

    public static readonly object[] WithThree = [Opened(Visibility.Forum), Joined(Anne), Joined(Bo), Joined(Carl)];

    public static Theme Theme(params object[] more) => Given.Theme([.. WithThree, .. more]);

    public static PaceSwitchRequested Requested(Guid memberId, DateTimeOffset at, DateTimeOffset? until = null) =>
        new(ThemeId, Pace.Urgent, "Stormflod på vej", until ?? Until, memberId, memberId == Bo ? Level.Region : Level.Kommune, at);

    public static PaceSwitched SwitchedUrgent(DateTimeOffset until) => new(ThemeId, Pace.Urgent, "Stormflod", until, [Secretariat.Id], Earlier);
    public static PaceSwitched SwitchedNormal() => new(ThemeId, Pace.Normal, null, null, [Secretariat.Id], Earlier);
}
