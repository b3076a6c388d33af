namespace Politikerforum.Load.Measuring;

/// <summary>
/// The timed phases and what is sampled around each. Between phases PostgreSQL checkpoints, so no phase pays for
/// the dirty pages of the one before, and statistics are reset, so each phase's statements are its own.
/// </summary>
public sealed class Phases(Options o, int clients, PgStats pg, ProcessSampler sampler)
{
    public sealed record Writes(Figures Figures, IReadOnlyDictionary<string, Figures> ByKind, Figures Lag, int LagProbeFailures, double PeakRssMb, Usage Usage);

    public sealed record Reads(Figures Figures, Usage Usage);

    /// <summary>
    /// Per request: CPU of the host and of PostgreSQL, time inside statements, statements and transactions (every
    /// statement outside an explicit transaction is one), and PostgreSQL's costliest statements.
    /// </summary>
    public sealed record Usage(
        long Requests, double HostCpuMsPerRequest, double PgCpuMsPerRequest, double LoadToolCpuMsPerRequest, double PgExecMsPerRequest,
        double StatementsPerRequest, double TransactionsPerRequest, IReadOnlyList<PgStats.Statement> TopStatements);

    public static void Say(string what) => Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {what}");

    /// <summary>The JIT needs about 20 s under load before figures settle (PERFORMANCE-NOTES); nothing here is counted.</summary>
    public async Task<Figures> WarmUpAsync(LoadPhase.Step step)
    {
        var seconds = o.Int("warmup", 20);
        Say($"warm-up: {clients} clients, writes and reads, {seconds} s");
        var (samples, elapsed) = await LoadPhase.RunAsync(clients, TimeSpan.FromSeconds(seconds), step);
        await Task.Delay(TimeSpan.FromSeconds(2));
        return Figures.Of(samples, elapsed);
    }

    public async Task<Writes> WritesAsync(LoadPhase.Step step, LagProbe lag)
    {
        var seconds = o.Int("write-seconds", 30);
        Say($"writes: {clients} clients, {seconds} s, and one lag probe");
        await BeforeAsync();
        var cpu = sampler.Cpu();
        using var stop = new CancellationTokenSource();
        var rss = sampler.WatchRssAsync(stop.Token);
        var lags = lag.RunAsync(stop.Token);
        var (samples, elapsed) = await LoadPhase.RunAsync(clients, TimeSpan.FromSeconds(seconds), step);
        await stop.CancelAsync();
        var lagged = await lags;
        await rss;
        var usage = await UsageAsync(cpu, samples.Count + lag.Requests);
        var byKind = samples.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => Figures.Of(g.ToList(), elapsed));
        var lagFigures = Figures.Of(lagged.Select(ms => new Sample("lag", 200, ms)).ToList(), elapsed);
        return new Writes(Figures.Of(samples, elapsed), byKind, lagFigures, lag.Failures, Math.Round(sampler.PeakRssMb, 1), usage);
    }

    /// <summary>After a fresh ANALYZE: without it the timeline's plan is worse (PERFORMANCE-NOTES).</summary>
    public async Task<Reads> ReadsAsync(LoadPhase.Step step)
    {
        var seconds = o.Int("read-seconds", 20);
        await pg.CheckpointAsync();
        await pg.AnalyzeAsync();
        Say($"reads: {clients} clients, {seconds} s");
        await BeforeAsync();
        var cpu = sampler.Cpu();
        var (samples, elapsed) = await LoadPhase.RunAsync(clients, TimeSpan.FromSeconds(seconds), step);
        return new Reads(Figures.Of(samples, elapsed), await UsageAsync(cpu, samples.Count));
    }

    private async Task BeforeAsync()
    {
        await pg.CheckpointAsync();
        await pg.ResetAsync();
    }

    private async Task<Usage> UsageAsync(ProcessSampler.CpuSeconds before, long requests)
    {
        var after = sampler.Cpu();
        var totals = await pg.TotalsAsync();
        double Per(double total) => Math.Round(total / Math.Max(1, requests), 3);
        return new Usage(requests, Per((after.Host - before.Host) * 1000), Per((after.Postgres - before.Postgres) * 1000),
            Per((after.LoadTool - before.LoadTool) * 1000), Per(totals.ExecMs), Per(totals.Statements), Per(totals.Commits), await pg.TopAsync(15));
    }
}
