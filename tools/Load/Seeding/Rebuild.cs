using System.Diagnostics;
using Marten;
using Politikerforum.Load.Measuring;

namespace Politikerforum.Load.Seeding;

/// <summary>
/// A full rebuild of every projection the forum registers, one after another, through Marten's projection daemon:
/// what an operator would run after changing a read model. PostgreSQL's statements and both sides' CPU are kept,
/// to tell waiting from working.
/// </summary>
public static class Rebuild
{
    public static async Task<Rebuilt> AllAsync(IDocumentStore store, PgStats pg, ProcessSampler sampler, CancellationToken ct)
    {
        await pg.CheckpointAsync();
        await pg.ResetAsync();
        var cpu = sampler.Cpu();
        using var daemon = await store.BuildProjectionDaemonAsync();
        var byProjection = new Dictionary<string, double>();
        var total = Stopwatch.StartNew();
        foreach (var projection in store.Options.Events.Projections())
        {
            var one = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromMinutes(30), ct);
            byProjection[projection.Name] = Math.Round(one.Elapsed.TotalSeconds, 2);
            Console.Error.WriteLine($"rebuilt {projection.Name} in {one.Elapsed.TotalSeconds:F1} s");
        }
        var seconds = total.Elapsed.TotalSeconds;
        var used = sampler.Cpu();
        return new Rebuilt(Math.Round(seconds, 1), byProjection, Math.Round(used.LoadTool - cpu.LoadTool, 1), Math.Round(used.Postgres - cpu.Postgres, 1), await pg.TopAsync(10));
    }
}
