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
        // Every page is parsed (it must be a JSON array), but while the next one is asked for: the tool shares the two
        // cores with the host, and parsing 5,000 events as a document of strings in between pages added the client's
        // time to the feed's (about a tenth of a catch-up at 1M events).
        var counted = new List<Task<int>>();
        while (started.Elapsed < limit)
        {
            var (sample, body, next) = await http.GetBytesForLinkAsync("feed", url, integratorToken, CancellationToken.None);
            if (!sample.Succeeded) return (null, $"the feed answered {sample.Status}");
            counted.Add(Task.Run(() => Count(body)));
            if (next is null) return (null, "the feed gave no next link");
            if (next == url) break;
            url = next;
        }
        long shown = (await Task.WhenAll(counted)).Sum();
        var seconds = started.Elapsed.TotalSeconds;
        if (started.Elapsed >= limit) return (null, $"the feed did not catch up within {limit.TotalSeconds} s ({shown} events shown)");
        // The last link's cursor is the high-water mark reached: every stored event up to it was read.
        var reached = long.Parse(url[(url.IndexOf("after=", StringComparison.Ordinal) + 6)..].Split('&')[0]);
        var spent = sampler.Cpu();
        Measured = new Cost(reached, shown, Math.Round(seconds, 2),
            Math.Round((spent.Host - cpu.Host) * 1e6 / reached, 1), Math.Round((spent.Postgres - cpu.Postgres) * 1e6 / reached, 1));
        Phases.Say($"feed: caught up to sequence {reached} in {seconds:F2} s, {shown} events public; " +
                   $"{Measured.HostCpuUsPerEvent} µs host CPU and {Measured.PgCpuUsPerEvent} µs PostgreSQL CPU per event");
        return (Math.Round(reached / seconds), null);
    }

    /// <summary>The events in a page: the elements of its JSON array, each read through (and so checked) without building it.</summary>
    private static int Count(byte[] page)
    {
        var json = new Utf8JsonReader(page);
        if (!json.Read() || json.TokenType != JsonTokenType.StartArray) throw new InvalidDataException("a feed page is not a JSON array");
        var events = 0;
        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            json.Skip();
            events++;
        }
        return events;
    }
}
