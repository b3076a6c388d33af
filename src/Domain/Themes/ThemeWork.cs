
namespace Politikerforum.Domain.Themes;

/// <summary>What everything done inside a theme has in common: posts, experiments, lessons, decisions, commitments.</summary>
public static class ThemeWork
{
    /// <param name="action">Danish infinitive for the refusal text, e.g. "skrive indlæg".</param>
    public static Refusal? RefusesContribution(Theme? theme, Actor actor, string action) =>
        RefusesContribution(theme is null ? null : ThemeStanding.Of(theme, actor), actor, action);

    /// <summary>The rule, for a theme known by what it needs of it (read in SQL by the commands that are many).</summary>
    public static Refusal? RefusesContribution(ThemeStanding? theme, Actor actor, string action) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum && !theme.Participates ? JoinFirst(theme.Id, $"Du skal deltage i temaet for at {action} i det.")
        : theme.IsArchived ? Refusal.Conflict($"Temaet er arkiveret, så man ikke længere kan {action} i det.")
        : null;

    /// <summary>
    /// The 403 for a member who is not (yet) a participant says how to become one, so the answer is also the way on. Only
    /// an open theme gets here: a closed one is seen by its participants alone, and anyone else is answered as unknown.
    /// </summary>
    public static Refusal JoinFirst(Guid themeId, string why) => Refusal.Forbidden(
        $"{why} Meld dig til med POST /api/themes/{themeId}/participants og dit medlems-id som memberId (det står i GET /api/me), eller bed sekretariatet om at tilføje dig.");
}
