namespace Politikerforum.Domain.Decisions;

/// <summary>What happens to a decision when its time comes: scheduled messages, not a poll loop.</summary>
public record CloseDecisionForPositions(Guid DecisionId);
public record AskForDecisionReview(Guid DecisionId);

public static class DecisionClock
{
    /// <summary>Null if there is nothing to do (already closed or settled), or if it is too early.</summary>
    public static DecisionClosedForPositions? CloseForPositions(Decision decision, DateTimeOffset now) =>
        decision.Status == DecisionStatus.Open && now >= decision.Deadline
            ? new DecisionClosedForPositions(decision.Id, decision.ThemeId, now)
            : null;

    public static DecisionReviewDue? AskForReview(Decision decision, DateTimeOffset now) =>
        decision is { Status: DecisionStatus.Adopted or DecisionStatus.Rejected, ReviewOn: { } review, ReviewAsked: false }
        && DateOnly.FromDateTime(now.UtcDateTime) >= review
            ? new DecisionReviewDue(decision.Id, decision.ThemeId, review, now)
            : null;

    public static DateTimeOffset ReviewTime(DateOnly reviewOn) => new(reviewOn.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
}
