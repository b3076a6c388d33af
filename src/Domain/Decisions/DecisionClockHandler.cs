using Wolverine;
using Wolverine.Marten;

namespace Politikerforum.Domain.Decisions;

/// <summary>
/// Scheduled when a decision is proposed or concluded; both are safe to run more than once.
/// Delivered early (clocks differ between nodes), they schedule themselves again for the due time.
/// The name must end in "Handler": Wolverine finds message handlers by that exact suffix, and
/// an undiscovered one leaves every deadline unhandled without an error.
/// </summary>
public static class DecisionClockHandler
{
    public static (Events, OutgoingMessages) Handle(
        CloseDecisionForPositions message, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Decision decision, TimeProvider clock)
    {
        if (DecisionClock.CloseForPositions(decision, clock.GetUtcNow()) is { } closed) return ([closed], []);
        return decision.Status == DecisionStatus.Open ? ([], [message.ScheduledAt(decision.Deadline)]) : ([], []);
    }

    public static (Events, OutgoingMessages) Handle(
        AskForDecisionReview message, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Decision decision, TimeProvider clock)
    {
        if (DecisionClock.AskForReview(decision, clock.GetUtcNow()) is { } due) return ([due], []);
        return DecisionClock.AwaitsReview(decision)
            ? ([], [message.ScheduledAt(DecisionClock.ReviewTime(decision.ReviewOn!.Value))])
            : ([], []);
    }
}
