using System.Text.Json;
using Politikerforum.Load.Measuring;

namespace Politikerforum.Load.Seeding;

/// <summary>
/// <c>rebuild --db CONNECTION --pg-pid PID</c>: rebuilds every read model of a forum seeded before (ops/bench --keep),
/// as <c>seed</c> does after seeding, and prints the result: for measuring a change to the projections without
/// seeding again.
/// </summary>
public static class RebuildCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        using var store = BenchStore.ForRebuild(options.Text("db"));
        var events = await store.Storage.Database.FetchHighestEventSequenceNumber();
        var rebuilt = await Rebuild.AllAsync(store, new PgStats(options.Text("db")), new ProcessSampler(0, options.Int("pg-pid", 0)), CancellationToken.None);
        Console.WriteLine(JsonSerializer.Serialize(rebuilt, Json.Manifest));
        Console.Error.WriteLine($"rebuilt {events:N0} events in {rebuilt.Seconds:F1} s: {events / rebuilt.Seconds:N0} events/s");
        return 0;
    }
}
