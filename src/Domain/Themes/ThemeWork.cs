
namespace Politikerforum.Domain.Themes;

/// <summary>What everything done inside a theme has in common: posts, experiments, lessons, decisions, commitments.</summary>
public static class ThemeWork
{
    /// <param name="action">Danish infinitive for the refusal text, e.g. "skrive indlæg".</param>
    public static Refusal? RefusesContribution(Theme? theme, Actor actor, string action) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum && !theme.HasParticipant(actor.MemberId)
            ? Refusal.Forbidden($"Du skal deltage i temaet for at {action} i det.")
        : theme.IsArchived ? Refusal.Conflict($"Temaet er arkiveret, så man ikke længere kan {action} i det.")
        : null;
}
