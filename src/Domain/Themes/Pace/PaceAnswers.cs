using static Politikerforum.Domain.Timeline.TimelineDescriptions;

namespace Politikerforum.Domain.Themes;

/// <summary>
/// The switch took effect. <see cref="SwitchedBy"/>: the secretariat caller, or the two participants.
/// <see cref="Message"/> tells the caller in Danish, in whichever door they used.
/// </summary>
public sealed record PaceSwitchAnswer(Pace Pace, DateTimeOffset? UrgentUntil, IReadOnlyList<Guid> SwitchedBy, string Message)
{
    /// <param name="theme">The theme the switch was decided on: its participants name the levels that agreed.</param>
    public static PaceSwitchAnswer Of(PaceSwitched switched, Theme theme, ActorNames names)
    {
        var now = switched.Until is { } until ? $"Temaet er nu i hurtig handling indtil {Danish(until)}." : "Temaet er nu tilbage i normalt tempo.";
        var who = switched.SwitchedBy.Select(id => $"{names.NameOf(id)} ({theme.Participants.Single(p => p.MemberId == id).Level.Danish()})");
        var message = switched.SwitchedBy.Count < 2 ? now : $"{now} Skiftet sker efter fælles ønske fra {string.Join(" og ", who)}.";
        return new PaceSwitchAnswer(switched.Pace, switched.Until, switched.SwitchedBy, message);
    }
}

/// <summary>The request is recorded and waits, until <see cref="ExpiresAt"/>, for a participant from another level.</summary>
public sealed record PaceRequestAnswer(Pace Pace, DateTimeOffset? Until, Guid RequestedBy, Level Level, DateTimeOffset ExpiresAt, string Message)
{
    public static PaceRequestAnswer Of(PaceSwitchRequested requested)
    {
        var expiresAt = requested.RequestedAt + SwitchingPace.RequestLifetime;
        var asked = requested.Pace == Pace.Urgent ? "hurtig handling" : "at vende tilbage til normalt tempo";
        return new PaceRequestAnswer(requested.Pace, requested.Until, requested.RequestedBy, requested.Level, expiresAt,
            $"Din anmodning om {asked} er registreret. Den træder i kraft, når en deltager fra et andet niveau end dit "
            + $"({requested.Level.Danish()}) beder om det samme inden {Danish(expiresAt)}.");
    }
}
