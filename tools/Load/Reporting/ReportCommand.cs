using System.Text.Json;

namespace Politikerforum.Load.Reporting;

/// <summary>
/// <c>report --results FILE [--pg-insert-tps-after X --pg-command-tps-after Y --pg-page-tps-after Z]</c>: the
/// baselines are taken before the load and again after it. On a shared machine the two differ by what else ran in
/// between, so each baseline is their mean, the ratios are taken against it, and the drift is reported beside them.
/// </summary>
public static class ReportCommand
{
    public static async Task<int> RunAsync(Options o)
    {
        var file = o.Text("results");
        var results = JsonSerializer.Deserialize<Results>(await File.ReadAllTextAsync(file), Json.Results)!;
        var insert = Bracket(results.PgInsertTps, o.Maybe("pg-insert-tps-after"));
        var command = Bracket(results.PgCommandTps, o.Maybe("pg-command-tps-after"));
        var page = Bracket(results.PgPageTps, o.Maybe("pg-page-tps-after"));
        results = results with
        {
            PgInsertTps = insert.Mean,
            PgCommandTps = command.Mean,
            PgPageTps = page.Mean,
            WriteRatio = Results.Ratio(results.WriteCmdsPerS, command.Mean),
            ReadRatio = Results.Ratio(results.ReadPagesPerS, page.Mean),
            FloorRatio = Results.Ratio(results.FloorCmdsPerS, command.Mean)
        };
        results.Details["baselines"] = new Dictionary<string, Baseline> { ["pg_insert_tps"] = insert, ["pg_command_tps"] = command, ["pg_page_tps"] = page };

        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(results, Json.Results));
        var notes = Notes.In(results);
        notes.Add($"baselines are the mean of pgbench before and after the load; drift command {command.DriftPercent?.ToString("+0;-0") ?? "?"} %, " +
                  $"page {page.DriftPercent?.ToString("+0;-0") ?? "?"} %, insert {insert.DriftPercent?.ToString("+0;-0") ?? "?"} %.");
        Console.WriteLine();
        Console.WriteLine(Table.Of(results, string.Join(Environment.NewLine, notes)));
        Console.WriteLine($"every figure as JSON: {Path.GetFullPath(file)}");
        return 0;
    }

    public sealed record Baseline(double? Before, double? After, double? Mean, double? DriftPercent);

    private static Baseline Bracket(double? before, string? afterText)
    {
        double? after = double.TryParse(afterText, System.Globalization.CultureInfo.InvariantCulture, out var a) ? Math.Round(a) : null;
        if (before is not { } b || after is not { } f) return new Baseline(before, after, before ?? after, null);
        return new Baseline(b, f, Math.Round((b + f) / 2), Math.Round((f - b) / b * 100, 1));
    }
}
