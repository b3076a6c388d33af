using System.Globalization;
using System.Text;

namespace Politikerforum.Load.Reporting;

/// <summary>The results as a table for people: each figure, its target from issue 13 and whether it meets it.</summary>
public static class Table
{
    private sealed record Row(string Name, double? Value, string Target, Func<double, bool>? Meets, string Note = "");

    public static string Of(Results r, string notes)
    {
        Row[] rows =
        [
            new("pg_insert_tps", r.PgInsertTps, "", null, "pgbench, one JSONB row per commit"),
            new("pg_command_tps", r.PgCommandTps, "", null, "pgbench, ops/bench.d/command.sql"),
            new("pg_page_tps", r.PgPageTps, "", null, "pgbench, ops/bench.d/page.sql"),
            new("write_cmds_per_s", r.WriteCmdsPerS, "", null, "posts 60 %, positions 25 %, lessons 10 %, steps 5 %"),
            new("write_p50_ms", r.WriteP50Ms, "", null),
            new("write_p99_ms", r.WriteP99Ms, "≤ 40", v => v <= 40),
            new("write_ratio", r.WriteRatio, "≥ 0.5", v => v >= 0.5, "write_cmds_per_s / pg_command_tps"),
            new("write_errors", r.WriteErrors, "= 0", v => v == 0, "any non-2xx; by status in the JSON"),
            new("read_pages_per_s", r.ReadPagesPerS, "", null, "timeline, 50 entries, 4 largest themes"),
            new("read_p99_ms", r.ReadP99Ms, "", null),
            new("read_ratio", r.ReadRatio, "≥ 0.25", v => v >= 0.25, "read_pages_per_s / pg_page_tps"),
            new("read_errors", r.ReadErrors, "= 0", v => v == 0),
            new("projection_lag_p50_ms", r.ProjectionLagP50Ms, "", null, "all inline today: a timeline read under load"),
            new("projection_lag_p99_ms", r.ProjectionLagP99Ms, "≤ 100", v => v <= 100),
            new("timeline_page_p99_ms", r.TimelinePageP99Ms, "≤ 15", v => v <= 15, "worst of 6 positions, 1 client"),
            new("rebuild_events_per_s", r.RebuildEventsPerS, "≥ 20,000", v => v >= 20_000, "all projections, through the daemon"),
            new("feed_events_per_s", r.FeedEventsPerS, "≥ 50,000", v => v >= 50_000, r.FeedEventsPerS is null ? "null: no integrator feed yet" : ""),
            new("host_rss_mb_peak", r.HostRssMbPeak, "≤ 400", v => v <= 400, "during the write load"),
            new("floor_cmds_per_s", r.FloorCmdsPerS, "", null, r.FloorCmdsPerS is null ? "null: run without the floor (ops/bench --floor)" : "tools/Floor: minimal Marten + Wolverine command"),
            new("floor_p50_ms", r.FloorP50Ms, "", null),
            new("floor_p99_ms", r.FloorP99Ms, "", null),
            new("floor_ratio", r.FloorRatio, "", null, "floor_cmds_per_s / pg_command_tps: what the stack allows")
        ];
        var text = new StringBuilder();
        text.AppendLine($"{"figure",-24} {"value",12}  {"target",-9} {"",4} note");
        foreach (var row in rows)
        {
            var value = row.Value is { } v ? v.ToString(v >= 100 ? "N0" : "0.###", CultureInfo.InvariantCulture) : "null";
            var verdict = row.Meets is null || row.Value is null ? "" : row.Meets(row.Value.Value) ? "ok" : "MISS";
            text.AppendLine($"{row.Name,-24} {value,12}  {row.Target,-9} {verdict,-4} {row.Note}");
        }
        text.AppendLine();
        text.Append(notes);
        return text.ToString();
    }
}
