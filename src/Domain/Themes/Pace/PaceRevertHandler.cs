using Wolverine;
using Wolverine.Marten;

namespace Politikerforum.Domain.Themes;

/// <summary>Scheduled at the end of every urgent switch; safe to run more than once, and to arrive after a newer switch.</summary>
public static class PaceRevertHandler
{
    public static (Events, OutgoingMessages) Handle(
        RevertPace message, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Theme theme, TimeProvider clock)
    {
        if (PaceClock.Revert(theme, message, clock.GetUtcNow()) is { } reverted) return ([reverted], []);
        // Delivered early (clocks differ between nodes): try again at the end time.
        return PaceClock.IsCurrent(theme, message) ? ([], [message.ScheduledAt(message.Until)]) : ([], []);
    }
}
