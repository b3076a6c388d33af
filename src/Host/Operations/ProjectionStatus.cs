using JasperFx.Events.Projections;
using Marten;

namespace Politikerforum.Host.Operations;

/// <summary>One projection as an operator sees it: how far it has come, how far behind it is, and its last rebuild.</summary>
public sealed record ProjectionState(
    string Name, string Lifecycle, long Position, long Lag, string Rebuild,
    DateTimeOffset? RebuildStartedAt, DateTimeOffset? RebuildFinishedAt, double? RebuildEventsPerSecond, string? RebuildFailure);

public sealed record ProjectionsView(long HighWaterMark, IReadOnlyList<ProjectionState> Projections);

public static class ProjectionStatus
{
    public static async Task<ProjectionsView> ReadAsync(IDocumentStore store, IQuerySession session, DateTimeOffset now, CancellationToken ct)
    {
        var highWaterMark = await store.Storage.Database.FetchHighestEventSequenceNumber(ct);
        var progress = (await store.Storage.Database.AllProjectionProgress(ct)).ToDictionary(shard => shard.ShardName, shard => shard.Sequence);
        var rebuilds = (await session.Query<ProjectionRebuild>().ToListAsync(ct)).ToDictionary(rebuild => rebuild.Id);

        var states = store.Options.Events.Projections().OrderBy(p => p.Name).Select(projection =>
        {
            var rebuild = rebuilds.GetValueOrDefault(projection.Name);
            var state = rebuild?.StateAt(now) ?? "none";
            // An inline projection is written with its events, in the same transaction: never behind, unless a rebuild
            // has emptied it and is filling it again.
            var position = state is "rebuilding" or "abandoned" ? rebuild!.Position
                : projection.Lifecycle == ProjectionLifecycle.Inline ? highWaterMark
                : progress.GetValueOrDefault($"{projection.Name}:All");
            return new ProjectionState(
                projection.Name, projection.Lifecycle.ToString().ToLowerInvariant(), position, Math.Max(0, highWaterMark - position), state,
                rebuild?.StartedAt, rebuild?.FinishedAt, rebuild?.EventsPerSecond, rebuild?.Failure);
        }).ToList();
        return new ProjectionsView(highWaterMark, states);
    }
}
