namespace Politikerforum.Host.Operations;

/// <summary>
/// The last rebuild of one projection (id: its name), kept up to date by ops/projections while it runs, so the serving
/// hosts can tell operators how far it is (GET /api/admin/projections).
/// </summary>
public sealed record ProjectionRebuild
{
    public required string Id { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The event store's high-water mark when the rebuild began: the last event it replays.</summary>
    public long Target { get; init; }

    public long Position { get; init; }
    public double EventsPerSecond { get; init; }
    public string? Failure { get; init; }

    /// <summary>A rebuild that has not reported for this long was stopped (its process died or was killed).</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);

    public string StateAt(DateTimeOffset now) =>
        Failure is not null ? "failed"
        : FinishedAt is not null ? "done"
        : now - UpdatedAt > Silence ? "abandoned"
        : "rebuilding";
}
