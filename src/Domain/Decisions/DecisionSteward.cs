using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Decisions;

/// <summary>What concluding and withdrawing have in common: who may, and when it is too late.</summary>
public static class DecisionSteward
{
    /// <summary>
    /// Concluding and withdrawing are for the proposer and the secretariat, while the decision is unsettled.
    /// An archived theme is read-only, as it is for posts.
    /// </summary>
    public static Refusal? Refuses(Decision? decision, Theme? theme, Actor actor) =>
        decision is null || !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum && !actor.IsPerson(decision.ProposedBy)
            ? Refusal.Forbidden("Kun forslagsstilleren og sekretariatet kan afslutte forslaget eller trække det tilbage.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så forslaget ikke længere kan afsluttes eller trækkes tilbage.")
        : decision.IsSettled ? Refusal.Conflict("Forslaget er allerede afgjort eller trukket tilbage.")
        : null;
}
