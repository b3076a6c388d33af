using System.ComponentModel.DataAnnotations;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Commitments;

/// <summary>The level that was promised something should be able to see what was delivered.</summary>
public record FulfilCommitment(
    [property: Required(ErrorMessage = "Beskriv kort, hvad der blev leveret."), StringLength(2_000, ErrorMessage = "Noten må højst være 2.000 tegn.")]
    string Note);

/// <summary>A promise broken without a word costs trust across levels; a reason is part of withdrawing.</summary>
public record WithdrawCommitment(
    [property: Required(ErrorMessage = "Begrundelsen skal udfyldes."), StringLength(2_000, ErrorMessage = "Begrundelsen må højst være 2.000 tegn.")]
    string Reason);

public static class Settling
{
    public static readonly Refusal Unknown = Refusal.NotFound("Tilsagnet findes ikke.");

    /// <summary>
    /// Fulfilling and withdrawing are for the member who committed and the secretariat, once. An overdue
    /// commitment may still be fulfilled (delivered late) or withdrawn; the lateness is kept.
    /// </summary>
    public static Refusal? Refuses(Commitment commitment, Theme theme, Actor actor) =>
        !theme.CanSee(actor) ? Unknown
        : !actor.RunsTheForum && !actor.IsMember(commitment.MadeBy)
            ? Refusal.Forbidden("Kun det medlem, der gav tilsagnet, og sekretariatet kan melde det indfriet eller trække det tilbage.")
        : commitment.Status == CommitmentStatus.Fulfilled ? Refusal.Conflict("Tilsagnet er allerede meldt indfriet.")
        : commitment.Status == CommitmentStatus.Withdrawn ? Refusal.Conflict("Tilsagnet er allerede trukket tilbage.")
        : null;

    public static CommitmentFulfilled Fulfil(Commitment commitment, FulfilCommitment command, Actor actor, DateTimeOffset now) =>
        new(commitment.Id, commitment.ThemeId, command.Note.Trim(), IsLate(commitment, now), actor.Id, now);

    public static CommitmentWithdrawn Withdraw(Commitment commitment, WithdrawCommitment command, Actor actor, DateTimeOffset now) =>
        new(commitment.Id, commitment.ThemeId, command.Reason.Trim(), IsLate(commitment, now), actor.Id, now);

    /// <summary>Late by the date, even if the scheduled flag has not run yet.</summary>
    private static bool IsLate(Commitment commitment, DateTimeOffset now) => commitment.WasOverdue || now >= commitment.DueAt;
}
