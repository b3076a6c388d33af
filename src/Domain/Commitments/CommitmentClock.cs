namespace Politikerforum.Domain.Commitments;

/// <summary>Scheduled when a commitment is made: flags it overdue if it is still open when its date has passed.</summary>
public record FlagOverdueCommitment(Guid CommitmentId);

public static class CommitmentClock
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>
    /// A promise "by 14 March" is kept if delivered on 14 March as the members live it, so it is late from
    /// midnight Danish time (winter or summer time), not from midnight UTC an hour or two later.
    /// </summary>
    public static DateTimeOffset DueAt(DateOnly dueOn)
    {
        // Denmark changes its clocks at 02:00/03:00, so local midnight always exists and is unambiguous.
        var midnight = dueOn.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Copenhagen.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The date in Denmark at this moment.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Copenhagen).DateTime);

    /// <summary>Null if there is nothing to do (already flagged or settled), or if it is too early.</summary>
    public static CommitmentOverdue? FlagOverdue(Commitment commitment, DateTimeOffset now) =>
        commitment.Status == CommitmentStatus.Open && now >= commitment.DueAt
            ? new CommitmentOverdue(commitment.Id, commitment.ThemeId, commitment.DueOn, now)
            : null;
}
