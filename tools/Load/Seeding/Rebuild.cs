using System.Collections.Concurrent;
using System.Diagnostics;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Load.Measuring;

namespace Politikerforum.Load.Seeding;

/// <summary>
/// A full rebuild of every projection the forum registers through Marten's projection daemon, as ops/projections
/// rebuild runs it (<see cref="ProjectionRebuilds"/>: several at once): what an operator would run after changing a
/// read model. Each projection's seconds are from its own start to its end, so they overlap and add up to more than
/// the total. PostgreSQL's statements and both sides' CPU are kept, to tell waiting from working.
/// </summary>
public static class Rebuild
{
    public static async Task<Rebuilt> AllAsync(IDocumentStore store, PgStats pg, ProcessSampler sampler, CancellationToken ct)
    {
        // The events were just bulk-copied in: without statistics PostgreSQL takes the event tables for empty and joins
        // each page of events to its streams the slow way (530 ms a page at 200,000 events, against 10 ms). A forum's
        // own database has them from autovacuum; the bench must not measure their absence.
        await pg.AnalyzeAsync();
        await pg.CheckpointAsync();
        await pg.ResetAsync();
        var cpu = sampler.Cpu();
        var byProjection = new ConcurrentDictionary<string, double>();
        var total = Stopwatch.StartNew();
        await ProjectionRebuilds.RunAsync(store, Chosen(store), async (name, rebuilding) =>
        {
            var one = Stopwatch.StartNew();
            await rebuilding;
            byProjection[name] = Math.Round(one.Elapsed.TotalSeconds, 2);
            Console.Error.WriteLine($"rebuilt {name} in {one.Elapsed.TotalSeconds:F1} s (at {total.Elapsed.TotalSeconds:F1} s)");
        }, ct, int.TryParse(Environment.GetEnvironmentVariable("BENCH_REBUILD_AT_ONCE"), out var atOnce) ? atOnce : ProjectionRebuilds.AtOnce);
        var seconds = total.Elapsed.TotalSeconds;
        var used = sampler.Cpu();
        return new Rebuilt(Math.Round(seconds, 1), byProjection, Math.Round(used.LoadTool - cpu.LoadTool, 1), Math.Round(used.Postgres - cpu.Postgres, 1), await pg.TopAsync(10));
    }

    /// <summary>Every projection, or only those named in BENCH_REBUILD_ONLY (short names, comma-separated): to measure one alone.</summary>
    private static IReadOnlyList<string> Chosen(IDocumentStore store) =>
        Environment.GetEnvironmentVariable("BENCH_REBUILD_ONLY") is { Length: > 0 } only
            ? [.. ProjectionRebuilds.All(store).Where(name => only.Split(',').Any(o => name == o || name.EndsWith($".{o}") || name.EndsWith($".{o}Projection")))]
            : ProjectionRebuilds.All(store);
}
