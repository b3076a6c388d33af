using System.Text.Json;
using Politikerforum.Load.Reporting;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// <c>floor</c>: loads the stack's floor (tools/Floor, started by ops/bench after the forum's host stopped) as the
/// forum's writes are loaded — the same clients, warm-up and seconds — and adds its figures to bench-results.json:
/// floor_cmds_per_s, its latency, floor_ratio against the same run's pg_command_tps, and its usage per command.
/// </summary>
public static class FloorCommand
{
    /// <summary>command.sql's <c>streams_per_client</c> in ops/bench.</summary>
    public const int StreamsPerClient = 1000;

    public static async Task<int> RunAsync(Options o)
    {
        var clients = o.Int("clients", 16);
        using var http = new ForumClient(o.Text("base"), clients + 2);
        var sampler = new ProcessSampler(o.Int("host-pid", 0), o.Int("pg-pid", 0));
        var phases = new Phases(o, clients, new PgStats(o.Text("db")), sampler);
        var load = new FloorLoad(http, clients, StreamsPerClient);

        var warmup = await phases.WarmUpAsync(load.WarmUpAsync, "the floor's commands, starting their streams");
        var floor = await phases.FloorAsync(load.NextAsync);

        var file = o.Text("results");
        var results = JsonSerializer.Deserialize<Results>(await File.ReadAllTextAsync(file), Json.Results)!;
        results = results with
        {
            FloorCmdsPerS = floor.Figures.PerSecond,
            FloorP50Ms = floor.Figures.P50Ms,
            FloorP99Ms = floor.Figures.P99Ms,
            FloorRatio = Results.Ratio(floor.Figures.PerSecond, results.PgCommandTps)
        };
        var entries = o.Int("entries", 0);
        results.Details["floor"] = new Dictionary<string, object?>
        {
            ["what"] = "tools/Floor: POST /floor/{id}, Marten FetchForWriting through Wolverine's aggregate handler workflow, one event, " +
                       $"an inline snapshot{(entries > 0 ? $" and {entries} inline projection(s) inserting one document per event" : "")}; no auth",
            ["entries"] = entries,
            ["append_mode"] = o.Maybe("append") ?? "default",
            ["streams_started"] = load.StreamsStarted,
            ["warmup"] = warmup,
            ["writes"] = floor.Figures,
            ["host_rss_mb_peak"] = floor.PeakRssMb,
            ["usage"] = floor.Usage
        };
        var notes = Notes.In(results);
        notes.Add(Notes.Usage("floor", floor.Usage));
        results.Details["notes"] = notes;
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(results, Json.Results));
        Phases.Say($"floor measured: {floor.Figures.PerSecond} commands/s, {floor.Figures.Errors} errors");
        return 0;
    }
}
