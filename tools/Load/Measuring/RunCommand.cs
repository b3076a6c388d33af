using System.Text.Json;
using Politikerforum.Load.Reporting;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// <c>run</c>: loads the running host over HTTP in phases — warm-up, writes (with the lag probe and the memory and
/// CPU samplers), reads, size, feed — then writes bench-results.json. ops/bench passes the pgbench baselines taken
/// before the load; <c>report</c> adds those taken after it and prints the table.
/// </summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(Options o)
    {
        var manifest = JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(o.Text("manifest")), Json.Manifest)!;
        var tokens = Tokens.Read(o.Text("tokens"));
        var clients = o.Int("clients", 16);
        using var http = new ForumClient(o.Text("base"), clients + 2);
        using var store = BenchStore.Open(o.Text("db"));
        var pg = new PgStats(o.Text("db"));
        var sampler = new ProcessSampler(o.Int("host-pid", 0), o.Int("pg-pid", 0));
        var writes = new WriteMix(manifest, tokens, http);
        var reads = await ReadLoad.ForLargestThemesAsync(store, manifest, tokens, http);
        var phases = new Phases(o, clients, pg, sampler);
        await CaughtUp.WaitAsync(o.Text("db"), TimeSpan.FromMinutes(15));

        var warmup = await phases.WarmUpAsync((c, r, ct) => r.Next(2) == 0 ? writes.NextAsync(c, r, ct) : reads.NextAsync(c, r, ct));
        var lag = new LagProbe(http, tokens.For(WriteMix.MemberOf(clients)), manifest.LagTheme);
        var written = await phases.WritesAsync(writes.NextAsync, lag);
        var read = await phases.ReadsAsync(reads.NextAsync);

        Phases.Say("size: timeline pages at the start, middle and end of the largest and the smallest theme");
        var size = await SizePhase.MeasureAsync(store, manifest, http, tokens.For(WriteMix.MemberOf(0)), o.Int("size-requests", 200));
        var (feed, feedReason) = await FeedCatchUp.MeasureAsync(http, tokens.For("integrator"), sampler, TimeSpan.FromSeconds(60));
        var stats = await store.Advanced.FetchEventStoreStatistics();

        var pgCommand = Math.Round(o.Number("pg-command-tps"));
        var pgPage = Math.Round(o.Number("pg-page-tps"));
        var results = new Results
        {
            PgInsertTps = Math.Round(o.Number("pg-insert-tps")),
            PgCommandTps = pgCommand,
            PgPageTps = pgPage,
            WriteCmdsPerS = written.Figures.PerSecond,
            WriteP50Ms = written.Figures.P50Ms,
            WriteP99Ms = written.Figures.P99Ms,
            WriteRatio = Results.Ratio(written.Figures.PerSecond, pgCommand),
            WriteErrors = written.Figures.Errors,
            ReadPagesPerS = read.Figures.PerSecond,
            ReadP99Ms = read.Figures.P99Ms,
            ReadRatio = Results.Ratio(read.Figures.PerSecond, pgPage),
            ReadErrors = read.Figures.Errors,
            ProjectionLagP50Ms = written.Lag.P50Ms,
            ProjectionLagP99Ms = written.Lag.P99Ms,
            TimelinePageP99Ms = size.Max(p => p.Figures.P99Ms),
            RebuildEventsPerS = Math.Round(manifest.Events / manifest.Rebuild!.Seconds),
            FeedEventsPerS = feed,
            HostRssMbPeak = Math.Round(written.PeakRssMb, 1),
            Details = new Dictionary<string, object?>
            {
                ["run"] = Context(o, clients, manifest, stats.EventCount),
                ["warmup"] = warmup,
                ["writes"] = written,
                ["projection_lag_measured"] = LagProbe.Measured,
                ["reads"] = read,
                ["size"] = size,
                ["rebuild"] = manifest.Rebuild,
                ["seed"] = new { events = manifest.Events, seconds = Math.Round(manifest.SeedSeconds, 1), themes = manifest.Themes.Count,
                    largest_theme_events = manifest.Themes.Max(t => t.Events), smallest_theme_events = manifest.Themes.Min(t => t.Events) },
                ["feed_events_per_s_reason"] = feedReason,
                ["feed"] = FeedCatchUp.Measured
            }
        };

        results.Details["notes"] = Notes.Of(o, manifest, stats.EventCount, written, read);
        await File.WriteAllTextAsync(o.Text("out"), JsonSerializer.Serialize(results, Json.Results));
        Phases.Say("measured; ops/bench takes the baselines once more and then reports");
        return 0;
    }

    private static object Context(Options o, int clients, Manifest manifest, long eventsInStore) => new
    {
        quick = o.Flag("quick"),
        clients,
        warmup_seconds = o.Int("warmup", 20),
        write_seconds = o.Int("write-seconds", 30),
        read_seconds = o.Int("read-seconds", 20),
        pgbench_seconds = o.Int("pgbench-seconds", 0),
        seeded_events = manifest.Events,
        events_in_store_at_size = eventsInStore,
        host = "Release build, ASPNETCORE_ENVIRONMENT=Testing (accepts the development issuer), rate limit lifted, log level Warning",
        postgres = o.Maybe("pg-settings"),
        machine = new { cores = Environment.ProcessorCount, load_average = File.ReadAllText("/proc/loadavg").Trim(), note = o.Maybe("machine-note") },
        commit = o.Maybe("commit")
    };
}
