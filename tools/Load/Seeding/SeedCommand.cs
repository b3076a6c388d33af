using System.Diagnostics;
using System.Text.Json;
using Politikerforum.Load.Measuring;

namespace Politikerforum.Load.Seeding;

/// <summary>
/// <c>seed --db CONNECTION --events N --manifest FILE --pg-pid PID</c>: bulk-appends N events of a forum with many
/// themes of different sizes, rebuilds every read model from them (timed: <c>rebuild_events_per_s</c>), and
/// writes the manifest for <c>run</c>.
/// </summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(Options options)
    {
        using var store = BenchStore.ForRebuild(options.Text("db"));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var seeding = Stopwatch.StartNew();
        var seeded = await new EventSeeder(store, ForumShape.For(options.Int("events", 1_000_000)), seed: 13).SeedAsync(CancellationToken.None);
        var seedSeconds = seeding.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"seeded {seeded.Events:N0} events in {seedSeconds:F1} s; rebuilding every projection");

        var rebuilt = await Rebuild.AllAsync(store, new PgStats(options.Text("db")), new ProcessSampler(0, options.Int("pg-pid", 0)), CancellationToken.None);
        var manifest = seeded with { SeedSeconds = seedSeconds, Rebuild = rebuilt };
        await File.WriteAllTextAsync(options.Text("manifest"), JsonSerializer.Serialize(manifest, Json.Manifest));
        Console.Error.WriteLine($"rebuilt in {rebuilt.Seconds:F1} s: {seeded.Events / rebuilt.Seconds:N0} events/s");
        return 0;
    }
}
