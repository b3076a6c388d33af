using Politikerforum.Domain.Decisions;
using Wolverine;
using Wolverine.Marten;

namespace Politikerforum.Host.Decisions;

/// <summary>Scheduled when a decision is proposed or concluded; both are safe to run more than once.</summary>
public static class DecisionClockHandlers
{
    public static (Events, OutgoingMessages) Handle(
        CloseDecisionForPositions message, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Decision decision, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (DecisionClock.CloseForPositions(decision, now) is { } closed) return ([closed], []);
        // Delivered early (clocks differ between nodes): try again at the deadline.
        return decision.Status == DecisionStatus.Open ? ([], [message.ScheduledAt(decision.Deadline)]) : ([], []);
    }

    public static Events Handle(AskForDecisionReview message, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Decision decision, TimeProvider clock) =>
        DecisionClock.AskForReview(decision, clock.GetUtcNow()) is { } due ? [due] : [];
}
