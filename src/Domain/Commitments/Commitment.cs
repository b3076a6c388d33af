using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
namespace Politikerforum.Domain.Commitments;

/// <summary>Open until the date passes, then overdue; fulfilled or withdrawn settle it for good.</summary>
public enum CommitmentStatus { Open, Overdue, Fulfilled, Withdrawn }

/// <param name="ToLevel">The level the promise is made to; null when it is made to the forum as a whole.</param>
/// <param name="DueAt">The moment the promise is late: the end of <paramref name="DueOn"/> in Danish time.</param>
public record CommitmentMade(
    Guid CommitmentId, Guid ThemeId, Level FromLevel, string FromBody, Level? ToLevel, string What, DateOnly DueOn, DateTimeOffset DueAt,
    Guid? DecisionId, Guid MadeBy, DateTimeOffset MadeAt);

/// <param name="Late">Delivered after the date had passed, whether or not it had been flagged overdue yet.</param>
public record CommitmentFulfilled(Guid CommitmentId, Guid ThemeId, string Note, bool Late, Guid FulfilledBy, DateTimeOffset FulfilledAt) : INamesItsItem
{
    public string? ItemTitle { get; init; }
}

public record CommitmentWithdrawn(Guid CommitmentId, Guid ThemeId, string Reason, bool Late, Guid WithdrawnBy, DateTimeOffset WithdrawnAt) : INamesItsItem
{
    public string? ItemTitle { get; init; }
}

/// <summary>The date passed and nothing was delivered: flagged by the forum itself, not by a person.</summary>
public record CommitmentOverdue(Guid CommitmentId, Guid ThemeId, DateOnly DueOn, DateTimeOffset FlaggedAt) : INamesItsItem
{
    public string? ItemTitle { get; init; }
}

/// <summary>
/// A member's promise, on behalf of their body, to another level or to the forum. One stream per
/// commitment: the write state for its rules and, stored inline, what <see cref="CommitmentReads"/> lists,
/// shows (as <see cref="CommitmentView"/>) and counts into the ledger.
/// </summary>
/// <param name="MadeBy">The member who committed; they and the secretariat may settle it.</param>
/// <param name="WasOverdue">Stays true once the date has passed undelivered, also after a late fulfilment.</param>
/// <param name="Settlement">The fulfilment note or the reason for withdrawing.</param>
public sealed record Commitment(
    Guid Id, Guid ThemeId, Level FromLevel, string FromBody, Level? ToLevel, string What, DateOnly DueOn, DateTimeOffset DueAt,
    Guid? DecisionId, Guid MadeBy, DateTimeOffset MadeAt, CommitmentStatus Status, bool WasOverdue,
    string? Settlement, Guid? SettledBy, DateTimeOffset? SettledAt, int Version) : IThemeItem
{
    public bool IsSettled => Status is CommitmentStatus.Fulfilled or CommitmentStatus.Withdrawn;

    public static Commitment Create(CommitmentMade e) =>
        new(e.CommitmentId, e.ThemeId, e.FromLevel, e.FromBody, e.ToLevel, e.What, e.DueOn, e.DueAt, e.DecisionId, e.MadeBy, e.MadeAt,
            CommitmentStatus.Open, false, null, null, null, 1);

    public static Commitment Apply(CommitmentOverdue e, Commitment c) => c with { Status = CommitmentStatus.Overdue, WasOverdue = true };

    public static Commitment Apply(CommitmentFulfilled e, Commitment c) => c with
    {
        Status = CommitmentStatus.Fulfilled, WasOverdue = c.WasOverdue || e.Late,
        Settlement = e.Note, SettledBy = e.FulfilledBy, SettledAt = e.FulfilledAt
    };

    public static Commitment Apply(CommitmentWithdrawn e, Commitment c) => c with
    {
        Status = CommitmentStatus.Withdrawn, WasOverdue = c.WasOverdue || e.Late,
        Settlement = e.Reason, SettledBy = e.WithdrawnBy, SettledAt = e.WithdrawnAt
    };
}
