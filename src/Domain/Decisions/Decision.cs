using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
namespace Politikerforum.Domain.Decisions;

public enum Position { Support, Object, Abstain }
public enum DecisionStatus { Open, Closed, Adopted, Rejected, Withdrawn }
public enum DecisionOutcome { Adopted, Rejected }

public record DecisionProposed(
    Guid DecisionId, Guid ThemeId, string Title, string Proposal, DateTimeOffset Deadline, IReadOnlyList<Level> RequiredLevels,
    Guid ProposedBy, DateTimeOffset ProposedAt);

/// <summary>A member's current position; a later one from the same member replaces it.</summary>
public record PositionTaken(
    Guid DecisionId, Guid ThemeId, Guid MemberId, Level Level, string Body, Position Position, string? Reason, DateTimeOffset TakenAt) : INamesItsItem
{
    public string? ItemTitle { get; init; }
}

public record DecisionClosedForPositions(Guid DecisionId, Guid ThemeId, DateTimeOffset ClosedAt) : INamesItsItem
{
    public string? ItemTitle { get; init; }
}

public record DecisionConcluded(
    Guid DecisionId, Guid ThemeId, DecisionOutcome Outcome, string Rationale, DateOnly? ReviewOn, Guid ConcludedBy, DateTimeOffset ConcludedAt) : INamesItsItem
{
    public string? ItemTitle { get; init; }
}

public record DecisionWithdrawn(Guid DecisionId, Guid ThemeId, string? Reason, Guid WithdrawnBy, DateTimeOffset WithdrawnAt) : INamesItsItem
{
    public string? ItemTitle { get; init; }
}

/// <summary>The review date came: the decision asks its participants what was learned.</summary>
public record DecisionReviewDue(Guid DecisionId, Guid ThemeId, DateOnly ReviewOn, DateTimeOffset AskedAt) : INamesItsItem
{
    public string? ItemTitle { get; init; }
}

public sealed record MemberPosition(Guid MemberId, Level Level, string Body, Position Position, string? Reason, DateTimeOffset TakenAt);

/// <summary>
/// A proposal the forum decides on. One stream per decision; positions on it are appended under an
/// exclusive stream lock so that members taking positions at the same time are serialised, not refused.
/// </summary>
public sealed record Decision(
    Guid Id, Guid ThemeId, string Title, string Proposal, DateTimeOffset Deadline, IReadOnlyList<Level> RequiredLevels,
    Guid ProposedBy, DateTimeOffset ProposedAt, DecisionStatus Status, IReadOnlyList<MemberPosition> Positions,
    string? Rationale, DateOnly? ReviewOn, bool ReviewAsked, int Version) : IThemeItem
{
    public bool TakesPositions => Status == DecisionStatus.Open;
    public bool IsSettled => Status is DecisionStatus.Adopted or DecisionStatus.Rejected or DecisionStatus.Withdrawn;

    public static Decision Create(DecisionProposed e) =>
        new(e.DecisionId, e.ThemeId, e.Title, e.Proposal, e.Deadline, e.RequiredLevels, e.ProposedBy, e.ProposedAt,
            DecisionStatus.Open, [], null, null, false, 1);

    public static Decision Apply(PositionTaken e, Decision d) => d with
    {
        Positions = [.. d.Positions.Where(p => p.MemberId != e.MemberId), new MemberPosition(e.MemberId, e.Level, e.Body, e.Position, e.Reason, e.TakenAt)]
    };

    public static Decision Apply(DecisionClosedForPositions e, Decision d) => d with { Status = DecisionStatus.Closed };

    public static Decision Apply(DecisionConcluded e, Decision d) => d with
    {
        Status = e.Outcome == DecisionOutcome.Adopted ? DecisionStatus.Adopted : DecisionStatus.Rejected,
        Rationale = e.Rationale,
        ReviewOn = e.ReviewOn
    };

    public static Decision Apply(DecisionWithdrawn e, Decision d) => d with { Status = DecisionStatus.Withdrawn, Rationale = e.Reason };

    public static Decision Apply(DecisionReviewDue e, Decision d) => d with { ReviewAsked = true };
}
