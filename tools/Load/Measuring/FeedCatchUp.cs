using System.Diagnostics;
using System.Text.Json;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// <c>feed_events_per_s</c>: an integrator catching up from sequence 0, page by page, as DESIGN §4 describes the
/// feed: it follows the <c>Link: rel="next"</c> header (a page may hold nothing for it and still move on) until the
/// next link no longer moves, i.e. it has reached the high-water mark. The rate counts the stored events caught up
/// with, the same figure as <c>when_catching_up_from_the_beginning</c> prints.
/// </summary>
public static class FeedCatchUp
{
    /// <summary>The integrator feed's path.</summary>
    public static readonly string? FeedPath = "/api/feed";

    /// <summary>The largest page the feed serves (FeedQuery.MaxLimit): what an integrator catching up asks for.</summary>
    public const int PageSize = 5000;

    public const string NotYet = "the integrator feed does not exist yet; set FeedCatchUp.FeedPath in tools/Load when it does";

    /// <summary>What the catch-up cost per stored event, in CPU: steadier than the rate on a machine others load too.</summary>
    public sealed record Cost(long Events, long Public, double Seconds, double HostCpuUsPerEvent, double PgCpuUsPerEvent);

    public static Cost? Measured { get; private set; }

    public static async Task<(double? EventsPerSecond, string? Reason)> MeasureAsync(
        ForumClient http, string integratorToken, ProcessSampler sampler, TimeSpan limit)
    {
        if (FeedPath is not { } path) return (null, NotYet);
        var cpu = sampler.Cpu();
        var started = Stopwatch.StartNew();
        var url = $"{path}?after=0&limit={PageSize}";
        long shown = 0;
        while (started.Elapsed < limit)
        {
            var (sample, body, next) = await http.SendForLinkAsync("feed", HttpMethod.Get, url, integratorToken, null, CancellationToken.None);
            if (!sample.Succeeded) return (null, $"the feed answered {sample.Status}");
            shown += JsonDocument.Parse(body).RootElement.GetArrayLength();
            if (next is null) return (null, "the feed gave no next link");
            if (next == url) break;
            url = next;
        }
        if (started.Elapsed >= limit) return (null, $"the feed did not catch up within {limit.TotalSeconds} s ({shown} events shown)");
        // The last link's cursor is the high-water mark reached: every stored event up to it was read.
        var reached = long.Parse(url[(url.IndexOf("after=", StringComparison.Ordinal) + 6)..].Split('&')[0]);
        var spent = sampler.Cpu();
        Measured = new Cost(reached, shown, Math.Round(started.Elapsed.TotalSeconds, 2),
            Math.Round((spent.Host - cpu.Host) * 1e6 / reached, 1), Math.Round((spent.Postgres - cpu.Postgres) * 1e6 / reached, 1));
        Phases.Say($"feed: caught up to sequence {reached} in {started.Elapsed.TotalSeconds:F2} s, {shown} events public; " +
                   $"{Measured.HostCpuUsPerEvent} µs host CPU and {Measured.PgCpuUsPerEvent} µs PostgreSQL CPU per event");
        return (Math.Round(reached / started.Elapsed.TotalSeconds), null);
    }
}
