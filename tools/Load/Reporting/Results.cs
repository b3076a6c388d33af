using System.Text.Json.Serialization;

namespace Politikerforum.Load.Reporting;

/// <summary>
/// bench-results.json: every figure the issue names, at the top under its own name (null with a reason where it
/// cannot be measured yet), and under <see cref="Details"/> what the figures rest on and where the time went.
/// </summary>
public sealed record Results
{
    [JsonPropertyName("pg_insert_tps")] public double? PgInsertTps { get; init; }
    [JsonPropertyName("pg_command_tps")] public double? PgCommandTps { get; init; }
    [JsonPropertyName("pg_page_tps")] public double? PgPageTps { get; init; }
    [JsonPropertyName("write_cmds_per_s")] public double? WriteCmdsPerS { get; init; }
    [JsonPropertyName("write_p50_ms")] public double? WriteP50Ms { get; init; }
    [JsonPropertyName("write_p99_ms")] public double? WriteP99Ms { get; init; }
    [JsonPropertyName("write_ratio")] public double? WriteRatio { get; init; }
    [JsonPropertyName("write_errors")] public long? WriteErrors { get; init; }
    [JsonPropertyName("read_pages_per_s")] public double? ReadPagesPerS { get; init; }
    [JsonPropertyName("read_p99_ms")] public double? ReadP99Ms { get; init; }
    [JsonPropertyName("read_ratio")] public double? ReadRatio { get; init; }
    [JsonPropertyName("read_errors")] public long? ReadErrors { get; init; }
    [JsonPropertyName("projection_lag_p50_ms")] public double? ProjectionLagP50Ms { get; init; }
    [JsonPropertyName("projection_lag_p99_ms")] public double? ProjectionLagP99Ms { get; init; }
    [JsonPropertyName("timeline_page_p99_ms")] public double? TimelinePageP99Ms { get; init; }
    [JsonPropertyName("rebuild_events_per_s")] public double? RebuildEventsPerS { get; init; }
    [JsonPropertyName("feed_events_per_s")] public double? FeedEventsPerS { get; init; }
    [JsonPropertyName("host_rss_mb_peak")] public double? HostRssMbPeak { get; init; }

    // The stack's floor (tools/Floor, `load floor`): null when ops/bench ran without it (--quick without --floor).
    [JsonPropertyName("floor_cmds_per_s")] public double? FloorCmdsPerS { get; init; }
    [JsonPropertyName("floor_p50_ms")] public double? FloorP50Ms { get; init; }
    [JsonPropertyName("floor_p99_ms")] public double? FloorP99Ms { get; init; }
    [JsonPropertyName("floor_ratio")] public double? FloorRatio { get; init; }

    [JsonPropertyName("details")] public required Dictionary<string, object?> Details { get; init; }

    public static double? Ratio(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d and > 0 ? Math.Round(n / d, 3) : null;
}
