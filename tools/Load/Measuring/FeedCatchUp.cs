using System.Diagnostics;
using System.Text.Json;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// <c>feed_events_per_s</c>: an integrator catching up from sequence 0, page by page, as DESIGN §4 describes the
/// feed (cursor <c>after</c>, <c>limit</c>; a CloudEvents batch whose events carry the global <c>sequence</c>).
/// </summary>
public static class FeedCatchUp
{
    /// <summary>The integrator feed's path. Set it when the feed exists, and the bench measures it.</summary>
    public static readonly string? FeedPath = null;

    public const string NotYet = "the integrator feed does not exist yet; set FeedCatchUp.FeedPath in tools/Load when it does";

    public static async Task<(double? EventsPerSecond, string? Reason)> MeasureAsync(ForumClient http, string integratorToken, TimeSpan limit)
    {
        if (FeedPath is not { } path) return (null, NotYet);
        var started = Stopwatch.StartNew();
        long after = 0, events = 0;
        while (started.Elapsed < limit)
        {
            var (sample, body) = await http.SendAsync("feed", HttpMethod.Get, $"{path}?after={after}&limit=1000", integratorToken, null, CancellationToken.None);
            if (!sample.Succeeded) return (null, $"the feed answered {sample.Status}");
            var batch = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
            if (batch.Count == 0) break;
            events += batch.Count;
            after = batch[^1].GetProperty("sequence").GetInt64();
        }
        return (Math.Round(events / started.Elapsed.TotalSeconds), null);
    }
}
