namespace Politikerforum.Integrations.Graph.Meetings;

/// <summary>
/// When the forum books an urgent meeting: soon enough to matter, late enough that people can clear their calendars —
/// the first quarter hour at least <see cref="Notice"/> after the switch, for <see cref="Length"/>, and always within
/// the urgent period. A period too short for that gets a meeting at once, until the period ends.
/// </summary>
public static class MeetingTimes
{
    public static readonly TimeSpan Notice = TimeSpan.FromHours(1);
    public static readonly TimeSpan Length = TimeSpan.FromHours(1);
    private static readonly TimeSpan Shortest = TimeSpan.FromMinutes(15);

    /// <returns>Null when the urgent period is already (nearly) over: no meeting can be held in it.</returns>
    public static (DateTimeOffset Starts, DateTimeOffset Ends)? Within(DateTimeOffset now, DateTimeOffset until)
    {
        var starts = QuarterAfter(now + Notice);
        if (starts + Length > until) starts = QuarterAfter(now);
        var ends = starts + Length < until ? starts + Length : until;
        return ends - starts >= Shortest ? (starts, ends) : null;
    }

    private static DateTimeOffset QuarterAfter(DateTimeOffset time)
    {
        var quarter = TimeSpan.FromMinutes(15).Ticks;
        var ticks = (time.UtcTicks + quarter - 1) / quarter * quarter;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
