
namespace Politikerforum.Domain.Themes;

/// <summary>What everything done inside a theme has in common: posts, experiments, lessons, decisions, commitments.</summary>
public static class ThemeWork
{
    /// <param name="action">Danish infinitive for the refusal text, e.g. "skrive indlæg".</param>
    public static Refusal? RefusesContribution(Theme? theme, Actor actor, string action) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum && !theme.HasParticipant(actor.MemberId) ? JoinFirst(theme, $"Du skal deltage i temaet for at {action} i det.")
        : theme.IsArchived ? Refusal.Conflict($"Temaet er arkiveret, så man ikke længere kan {action} i det.")
        : null;

    /// <summary>
    /// The 403 for a member who is not (yet) a participant says how to become one, so the answer is also the way on. Only
    /// an open theme gets here: a closed one is seen by its participants alone, and anyone else is answered as unknown.
    /// </summary>
    public static Refusal JoinFirst(Theme theme, string why) => Refusal.Forbidden(
        $"{why} Meld dig til med POST /api/themes/{theme.Id}/participants og dit medlems-id som memberId (det står i GET /api/me), eller bed sekretariatet om at tilføje dig.");
}
