using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Weasel.Postgresql;

namespace Politikerforum.Domain;

/// <summary>
/// Projections rebuilt together from one read of the events, as a Marten composite projection: each page of events is
/// read and deserialized once and handed to every member, and their writes commit together.
/// </summary>
public sealed record RebuildPass(string Name, IReadOnlyList<string> Members);

/// <summary>
/// Read models made again from the events through Marten projection daemons: what ops/projections rebuild runs, and the
/// bench and the tests with it. Several at once, the largest first: each waits on PostgreSQL for much of its time, and
/// the others use the cores meanwhile.
/// </summary>
public static class ProjectionRebuilds
{
    public const int AtOnce = 3;

    private static readonly TimeSpan ShardTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The timeline and the audit trail each read and deserialized every event, and each wrote an entry for nearly every
    /// one: in one pass the events are read once for both (at 1M events, on a loaded machine: load tool CPU 73.5 → 62.9 s,
    /// 147 → 95 s). Their entries are inserts, which Marten sends by COPY only in a batch of inserts alone, so nothing
    /// that upserts may join them. The snapshots stay apart: a pass reads every event whatever its members ask for, and
    /// each snapshot apart reads only its own (the nine smaller ones in one pass: load tool CPU 62.9 → 93.7 s at 1M;
    /// docs/performance.md, round 5).
    /// </summary>
    private static readonly RebuildPass[] Passes =
        [new("RebuildEntries", [typeof(Timeline.TimelineProjection).FullName!, typeof(Audit.AuditTrailProjection).FullName!])];

    /// <param name="watch">Given each projection's rebuild as it starts; projections rebuilt in one pass share one task.</param>
    /// <param name="atOnce">How many rebuild at the same time (a pass counts as one); 1 rebuilds one after another.</param>
    public static async Task RunAsync(
        IDocumentStore store, IEnumerable<string> names, Func<string, Task, Task> watch, CancellationToken ct, int atOnce = AtOnce)
    {
        var asked = names.ToList();
        // A pass pays where it rebuilds two or more of what is asked; one projection alone is rebuilt as it is registered.
        var passes = Passes.Select(pass => pass with { Members = [.. pass.Members.Where(asked.Contains)] }).Where(pass => pass.Members.Count > 1).ToList();
        var alone = LargestFirst(asked.Where(name => !passes.Any(pass => pass.Members.Contains(name))));

        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.PrepareForRebuildsAsync();
        await using var together = passes.Count > 0 ? Together(store, passes) : null;
        using var passDaemon = together is null ? null : await together.BuildProjectionDaemonAsync();

        IEnumerable<(string Name, IReadOnlyList<string> Members, IProjectionDaemon Daemon)> work =
        [
            .. passes.Select(pass => (pass.Name, pass.Members, passDaemon!)),
            .. alone.Select(name => (name, (IReadOnlyList<string>)[name], daemon))
        ];
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = atOnce, CancellationToken = ct }, async (item, token) =>
        {
            var rebuilding = item.Daemon.RebuildProjectionAsync(item.Name, ShardTimeout, token);
            await Task.WhenAll(item.Members.Select(member => watch(member, rebuilding)));
        });
    }

    /// <summary>
    /// A store of its own for the passes, on the forum's connections: in the serving store every projection stays inline,
    /// written with its events. Each member keeps its own progress record as the pass goes (what ops/projections shows).
    /// </summary>
    private static DocumentStore Together(IDocumentStore store, IReadOnlyList<RebuildPass> passes) => DocumentStore.For(opts =>
    {
        opts.Connection(((PostgresqlDatabase)store.Storage.Database).DataSource);
        ForumStore.Configure(opts, passes);
        // The schema is the serving store's; and this store's daemon is driven here, not run in the background.
        opts.AutoCreateSchemaObjects = AutoCreate.None;
        opts.Projections.AsyncMode = DaemonMode.ExternallyManaged;
    });

    /// <summary>Every projection the forum registers, the largest first.</summary>
    public static IReadOnlyList<string> All(IDocumentStore store) => LargestFirst(store.Options.Events.Projections().Select(p => p.Name));

    /// <summary>
    /// The timeline and the audit trail hold an entry for (nearly) every event, posts are most of the rest: started
    /// first, they do not leave one long rebuild running alone at the end.
    /// </summary>
    private static IReadOnlyList<string> LargestFirst(IEnumerable<string> names)
    {
        string[] largest = [typeof(Timeline.TimelineProjection).FullName!, typeof(Audit.AuditTrailProjection).FullName!, nameof(Posts.Post)];
        return [.. names.OrderBy(name => Array.IndexOf(largest, name) is var i and >= 0 ? i : largest.Length)];
    }
}
