using Wolverine;
using Wolverine.Marten;

namespace Politikerforum.Domain.Commitments;

/// <summary>Scheduled when a commitment is made; safe to run more than once.</summary>
public static class CommitmentClockHandler
{
    public static (Events, OutgoingMessages) Handle(
        FlagOverdueCommitment message, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Commitment commitment, TimeProvider clock)
    {
        if (CommitmentClock.FlagOverdue(commitment, clock.GetUtcNow()) is { } overdue) return ([overdue], []);
        // Delivered early (clocks differ between nodes): try again at the due time.
        return commitment.Status == CommitmentStatus.Open ? ([], [message.ScheduledAt(commitment.DueAt)]) : ([], []);
    }
}
