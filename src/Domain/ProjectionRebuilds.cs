using Marten;

namespace Politikerforum.Domain;

/// <summary>
/// Read models made again from the events through one Marten projection daemon: what ops/projections rebuild runs,
/// and the bench and the tests with it. Several projections at once, the largest first: each waits on PostgreSQL
/// for much of its time, and the others use the cores meanwhile.
/// </summary>
public static class ProjectionRebuilds
{
    public const int AtOnce = 3;

    private static readonly TimeSpan ShardTimeout = TimeSpan.FromMinutes(30);

    /// <param name="watch">Given each projection's rebuild as it starts; the next one starts when the task it returns ends.</param>
    /// <param name="atOnce">How many rebuild at the same time; 1 rebuilds one after another.</param>
    public static async Task RunAsync(
        IDocumentStore store, IEnumerable<string> names, Func<string, Task, Task> watch, CancellationToken ct, int atOnce = AtOnce)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.PrepareForRebuildsAsync();
        await Parallel.ForEachAsync(LargestFirst(names), new ParallelOptions { MaxDegreeOfParallelism = atOnce, CancellationToken = ct },
            async (name, token) => await watch(name, daemon.RebuildProjectionAsync(name, ShardTimeout, token)));
    }

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
