namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// Teams' published limits per bot per thread (conversation): 7 operations in 1 s, 8 in 2 s, 60 in 30 s and 1,800 in
/// an hour. Each call takes the earliest slot that keeps every window under its limit; sending at that pace avoids
/// the 429s that would otherwise come back. The slots are kept in this process: one forum host sends for the bot.
/// </summary>
public sealed class ThreadThrottle(TimeProvider clock)
{
    public static readonly IReadOnlyList<(int Operations, TimeSpan Window)> Limits =
    [
        (7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))
    ];

    private static readonly TimeSpan Longest = Limits.Max(limit => limit.Window);

    /// <summary>Longer waits than this are not held in a handler; the delivery is scheduled for later instead.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, List<DateTimeOffset>> _slots = new(StringComparer.Ordinal);

    /// <summary>
    /// How long to wait before calling Teams on this thread. A wait up to <see cref="MaxHold"/> reserves the slot,
    /// and the caller waits and calls; a longer one reserves nothing, and the caller comes back after it.
    /// </summary>
    public TimeSpan Reserve(string thread)
    {
        var now = clock.GetUtcNow();
        lock (_slots)
        {
            if (!_slots.TryGetValue(thread, out var taken)) _slots[thread] = taken = [];
            taken.RemoveAll(slot => slot <= now - Longest);
            var slot = EarliestSlot(taken, now);
            if (slot - now > MaxHold) return slot - now;
            taken.Add(slot);
            ForgetIdleThreads(now);
            return slot - now;
        }
    }

    /// <summary>The first moment at which, for every limit, fewer than its count of slots lie within its window before it.</summary>
    private static DateTimeOffset EarliestSlot(List<DateTimeOffset> taken, DateTimeOffset now)
    {
        var slot = taken.Count > 0 && taken[^1] > now ? taken[^1] : now;
        foreach (var (operations, window) in Limits)
            if (taken.Count >= operations && taken[^operations] + window > slot)
                slot = taken[^operations] + window;
        return slot;
    }

    private void ForgetIdleThreads(DateTimeOffset now)
    {
        if (_slots.Count < 1000) return;
        foreach (var (thread, taken) in _slots.Where(entry => entry.Value.All(slot => slot <= now - Longest)).ToList())
            _slots.Remove(thread);
    }
}
