using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Commitments;

/// <summary>What fulfilling and withdrawing have in common: who may settle a commitment, that it is settled once, and when it is late.</summary>
public static class CommitmentSettlement
{
    /// <summary>
    /// Fulfilling and withdrawing are for the member who committed and the secretariat, once. An overdue
    /// commitment may still be fulfilled (delivered late) or withdrawn; the lateness is kept.
    /// An unknown commitment is answered as one the actor may not see.
    /// </summary>
    public static Refusal? Refuses(Commitment? commitment, Theme? theme, Actor actor) =>
        commitment is null || !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum && !actor.IsMember(commitment.MadeBy)
            ? Refusal.Forbidden("Kun det medlem, der gav tilsagnet, og sekretariatet kan melde det indfriet eller trække det tilbage.")
        : commitment.Status == CommitmentStatus.Fulfilled ? Refusal.Conflict("Tilsagnet er allerede meldt indfriet.")
        : commitment.Status == CommitmentStatus.Withdrawn ? Refusal.Conflict("Tilsagnet er allerede trukket tilbage.")
        : null;

    /// <summary>Late by the date, even if the scheduled flag has not run yet.</summary>
    public static bool IsLate(Commitment commitment, DateTimeOffset now) => commitment.WasOverdue || now >= commitment.DueAt;
}
