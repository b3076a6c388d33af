using System.Diagnostics;
using System.Text.Json;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// Projection lag under the write load: one extra client posts in a theme of its own and, from the moment the
/// post is acknowledged (201), polls each read model that is not updated inline until the post shows there.
/// Today every projection is inline, so what this measures is the round trip of the read under load; when a
/// read model moves to the async daemon, add its check to <see cref="Checks"/> and the same probe measures its lag.
/// </summary>
public sealed class LagProbe(ForumClient http, string token, Guid theme)
{
    public const string Measured =
        "201 of POST /api/themes/{id}/posts until GET /api/themes/{id}/timeline shows the post, polled back to back by one extra client; " +
        "every projection is inline today, so this is one timeline read's round trip under the write load, not a projection's lag";

    private readonly List<double> _lags = [];

    /// <summary>Every request the probe sent, so the CPU per request of the phase counts them too.</summary>
    public int Requests { get; private set; }

    /// <summary>Probe requests answered with anything but 2xx: none of them is in write_errors, so they are reported here.</summary>
    public int Failures { get; private set; }
    private long _after;

    /// <summary>The read models to wait for, each a question: does it show the item yet?</summary>
    private IReadOnlyList<Func<Guid, CancellationToken, Task<bool>>> Checks => [InTimelineAsync];

    public async Task<IReadOnlyList<double>> RunAsync(CancellationToken stop)
    {
        while (await PageAsync(CancellationToken.None) is { Length: > 0 } seen) _after = seen.Max(i => i.Sequence);
        while (!stop.IsCancellationRequested)
        {
            Requests++;
            var (sample, body) = await http.SendAsync("lag-post", HttpMethod.Post, $"/api/themes/{theme}/posts", token,
                """{"text":"Måling af forsinkelse"}""", CancellationToken.None);
            if (sample.Succeeded) await ProbeAsync(body);
            else Failures++;
            try { await Task.Delay(50, stop); } catch (TaskCanceledException) { }
        }
        return _lags;
    }

    /// <summary>The clock starts when the 201 is in; a read model that has not caught up in 10 s counts as 10 s.</summary>
    private async Task ProbeAsync(string created)
    {
        var acknowledged = Stopwatch.GetTimestamp();
        var post = JsonDocument.Parse(created).RootElement.GetProperty("id").GetGuid();
        foreach (var check in Checks)
            while (!await check(post, CancellationToken.None) && Stopwatch.GetElapsedTime(acknowledged) < TimeSpan.FromSeconds(10)) { }
        _lags.Add(Stopwatch.GetElapsedTime(acknowledged).TotalMilliseconds);
    }

    private async Task<bool> InTimelineAsync(Guid post, CancellationToken ct)
    {
        var items = await PageAsync(ct);
        var found = items.FirstOrDefault(i => i.ItemId == post);
        if (found.ItemId != post) return false;
        _after = items.Max(i => i.Sequence);
        return true;
    }

    private async Task<(long Sequence, Guid? ItemId)[]> PageAsync(CancellationToken ct)
    {
        Requests++;
        var (sample, body) = await http.SendAsync("lag-read", HttpMethod.Get, TimelinePages.Path(theme, _after, limit: 200), token, null, ct);
        if (!sample.Succeeded)
        {
            Failures++;
            return [];
        }
        return JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("sequence").GetInt64(), i.TryGetProperty("itemId", out var item) && item.ValueKind == JsonValueKind.String ? item.GetGuid() : (Guid?)null))
            .ToArray();
    }
}
