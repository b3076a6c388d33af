using Microsoft.Extensions.Time.Testing;
using Politikerforum.Integrations.Teams.Outbound;

namespace Politikerforum.Host.Tests.Teams;

/// <summary>Teams' limits per thread, on a clock the test moves: 7 in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an hour.</summary>
public sealed class ThreadThrottleRules
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly ThreadThrottle _throttle;

    public ThreadThrottleRules() => _throttle = new ThreadThrottle(_clock);

    /// <summary>Takes turns as a sender would: waits out each turn that is held, and returns when each call went out.</summary>
    private List<DateTimeOffset> Send(string thread, int calls)
    {
        var sent = new List<DateTimeOffset>();
        while (sent.Count < calls)
        {
            var wait = _throttle.Reserve(thread);
            _clock.Advance(wait);
            if (wait <= ThreadThrottle.MaxHold) sent.Add(_clock.GetUtcNow());
        }
        return sent;
    }

    private static void KeepsWithin(List<DateTimeOffset> sent, int operations, TimeSpan window)
    {
        for (var i = 0; i + operations < sent.Count; i++)
            Assert.True(sent[i + operations] - sent[i] >= window, $"{operations + 1} calls within {sent[i + operations] - sent[i]}");
    }

    [Fact]
    public void seven_calls_go_out_at_once()
    {
        Assert.All(Enumerable.Range(0, 7), _ => Assert.Equal(TimeSpan.Zero, _throttle.Reserve("19:a@thread.tacv2")));
        Assert.Equal(TimeSpan.FromSeconds(1), _throttle.Reserve("19:a@thread.tacv2"));
    }

    [Fact]
    public void the_ninth_call_waits_for_the_two_second_window()
    {
        var sent = Send("19:a@thread.tacv2", 9);
        Assert.Equal(TimeSpan.FromSeconds(2), sent[8] - sent[0]);
    }

    [Fact]
    public void a_long_burst_keeps_within_every_limit()
    {
        var sent = Send("19:a@thread.tacv2", 200);
        foreach (var (operations, window) in ThreadThrottle.Limits) KeepsWithin(sent, operations, window);
        Assert.True(sent[60] - sent[0] >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void the_hourly_limit_is_kept()
    {
        var sent = Send("a:personal", 1801);
        KeepsWithin(sent, 1800, TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.FromHours(1), sent[1800] - sent[0]);
    }

    [Fact]
    public void a_wait_too_long_to_hold_reserves_nothing()
    {
        Send("a:personal", 60);
        var wait = _throttle.Reserve("a:personal");
        Assert.True(wait > ThreadThrottle.MaxHold);
        // Nothing was taken: asking again at once gives the same answer, not a later one.
        Assert.Equal(wait, _throttle.Reserve("a:personal"));
    }

    [Fact]
    public void threads_are_counted_apart()
    {
        Send("19:a@thread.tacv2", 8);
        Assert.Equal(TimeSpan.Zero, _throttle.Reserve("19:b@thread.tacv2"));
    }
}
