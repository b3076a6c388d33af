namespace Politikerforum.Domain.Commitments;

/// <summary>Scheduled when a commitment is made: flags it overdue if it is still open when its date has passed.</summary>
public record FlagOverdueCommitment(Guid CommitmentId);

public static class CommitmentClock
{
    /// <summary>
    /// A promise "by 14 March" is kept if delivered on 14 March as the members live it, so it is late from
    /// midnight Danish time (winter or summer time), not from midnight UTC an hour or two later.
    /// </summary>
    public static DateTimeOffset DueAt(DateOnly dueOn) => DanishTime.StartOf(dueOn.AddDays(1));

    /// <summary>The date in Denmark at this moment.</summary>
    public static DateOnly Today(DateTimeOffset now) => DanishTime.DateOf(now);

    /// <summary>Null if there is nothing to do (already flagged or settled), or if it is too early.</summary>
    public static CommitmentOverdue? FlagOverdue(Commitment commitment, DateTimeOffset now) =>
        commitment.Status == CommitmentStatus.Open && now >= commitment.DueAt
            ? new CommitmentOverdue(commitment.Id, commitment.ThemeId, commitment.DueOn, now) { ItemTitle = commitment.What }
            : null;
}
