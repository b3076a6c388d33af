using Politikerforum.Load.Measuring;

namespace Politikerforum.Load.Reporting;

/// <summary>The lines under the table: what the run was, and where the time of a request went.</summary>
public static class Notes
{
    public static List<string> Of(Options o, Manifest manifest, long eventsInStore, Phases.Writes writes, Phases.Reads reads)
    {
        var notes = new List<string>();
        if (o.Flag("quick"))
            notes.Add($"--quick: seeded {manifest.Events:N0} events, not 1,000,000, and shorter phases; at this size the rebuild is mostly " +
                      "each projection's fixed start-up, and the size figure does not show the scale of a full run.");
        notes.Add($"{o.Int("clients", 16)} clients for writes, reads and pgbench; {eventsInStore:N0} events in the store at the size measurement; " +
                  $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} after the load on {Environment.ProcessorCount} cores " +
                  "(a shared machine: compare ratios, not absolute figures).");
        notes.Add(Usage("writes", writes.Usage));
        notes.Add(Usage("reads", reads.Usage));
        return notes;
    }

    /// <summary>The lines already in a results file (a JSON array once read back).</summary>
    public static List<string?> In(Results results) =>
        results.Details.GetValueOrDefault("notes") is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } lines
            ? lines.EnumerateArray().Select(l => l.GetString()).ToList()
            : [];

    public static string Usage(string phase, Phases.Usage u) =>
        $"{phase}: per request {u.HostCpuMsPerRequest} ms host CPU, {u.PgCpuMsPerRequest} ms PostgreSQL CPU, " +
        $"{u.PgExecMsPerRequest} ms in statements ({u.StatementsPerRequest} statements, {u.TransactionsPerRequest} transactions); " +
        $"most time in: {Shortened(u.TopStatements.FirstOrDefault()?.Query)}";

    private static string Shortened(string? query) => query is null ? "-" : query.Length > 90 ? query[..90] + "…" : query;
}
