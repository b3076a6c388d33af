namespace Politikerforum.Domain.Decisions;

/// <summary>What happens to a decision when its time comes: scheduled messages, not a poll loop.</summary>
public record CloseDecisionForPositions(Guid DecisionId);
public record AskForDecisionReview(Guid DecisionId);

public static class DecisionClock
{
    /// <summary>Null if there is nothing to do (already closed or settled), or if it is too early.</summary>
    public static DecisionClosedForPositions? CloseForPositions(Decision decision, DateTimeOffset now) =>
        decision.Status == DecisionStatus.Open && now >= decision.Deadline
            ? new DecisionClosedForPositions(decision.Id, decision.ThemeId, now) { ItemTitle = decision.Title }
            : null;

    /// <summary>Concluded with a review date, and the participants have not been asked yet.</summary>
    public static bool AwaitsReview(Decision decision) =>
        decision is { Status: DecisionStatus.Adopted or DecisionStatus.Rejected, ReviewOn: not null, ReviewAsked: false };

    /// <summary>Null if there is nothing to ask (no review date, already asked), or if the date has not come.</summary>
    public static DecisionReviewDue? AskForReview(Decision decision, DateTimeOffset now) =>
        AwaitsReview(decision) && DateOnly.FromDateTime(now.UtcDateTime) >= decision.ReviewOn!.Value
            ? new DecisionReviewDue(decision.Id, decision.ThemeId, decision.ReviewOn.Value, now) { ItemTitle = decision.Title }
            : null;

    /// <summary>Reviews are asked for in the morning of the review date, not at midnight.</summary>
    public static DateTimeOffset ReviewTime(DateOnly reviewOn) => new(reviewOn.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
}
