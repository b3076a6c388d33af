namespace Politikerforum.Load.Measuring;

/// <summary>
/// The timed phases and what is sampled around each. Between phases PostgreSQL checkpoints, so no phase pays for
/// the dirty pages of the one before, and statistics are reset, so each phase's statements are its own.
/// </summary>
public sealed class Phases(Options o, int clients, PgStats pg, ProcessSampler sampler)
{
    public sealed record Writes(Figures Figures, IReadOnlyDictionary<string, Figures> ByKind, Figures Lag, int LagProbeFailures, double PeakRssMb, Usage Usage);

    public sealed record Reads(Figures Figures, Usage Usage);

    public sealed record Floor(Figures Figures, double PeakRssMb, Usage Usage);

    /// <summary>
    /// Per request: CPU of the host and of PostgreSQL, time inside statements, statements and transactions (every
    /// statement outside an explicit transaction is one), and PostgreSQL's costliest statements.
    /// </summary>
    public sealed record Usage(
        long Requests, double HostCpuMsPerRequest, double PgCpuMsPerRequest, double LoadToolCpuMsPerRequest, double PgExecMsPerRequest,
        double StatementsPerRequest, double TransactionsPerRequest, IReadOnlyList<PgStats.Statement> TopStatements);

    public static void Say(string what) => Console.Error.WriteLine($"{DateTime.Now:HH:mm:ss} {what}");

    /// <summary>The JIT needs about 20 s under load before figures settle (PERFORMANCE-NOTES); nothing here is counted.</summary>
    public async Task<Figures> WarmUpAsync(LoadPhase.Step step, string what = "writes and reads")
    {
        var seconds = o.Int("warmup", 20);
        Say($"warm-up: {clients} clients, {what}, {seconds} s");
        var (samples, elapsed) = await LoadPhase.RunAsync(clients, TimeSpan.FromSeconds(seconds), step);
        await Task.Delay(TimeSpan.FromSeconds(2));
        return Figures.Of(samples, elapsed);
    }

    public async Task<Writes> WritesAsync(LoadPhase.Step step, LagProbe lag)
    {
        var seconds = o.Int("write-seconds", 30);
        Say($"writes: {clients} clients, {seconds} s, and one lag probe");
        IReadOnlyList<double> lagged = [];
        var (samples, elapsed, usage) = await TimedAsync(seconds, step, async stop =>
        {
            lagged = await lag.RunAsync(stop);
            return lag.Requests;
        });
        var byKind = samples.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => Figures.Of(g.ToList(), elapsed));
        var lagFigures = Figures.Of(lagged.Select(ms => new Sample("lag", 200, ms)).ToList(), elapsed);
        return new Writes(Figures.Of(samples, elapsed), byKind, lagFigures, lag.Failures, Math.Round(sampler.PeakRssMb, 1), usage);
    }

    /// <summary>The floor's commands (tools/Floor), measured as the forum's writes are, for as long.</summary>
    public async Task<Floor> FloorAsync(LoadPhase.Step step)
    {
        var seconds = o.Int("write-seconds", 30);
        Say($"floor: {clients} clients, {seconds} s");
        var (samples, elapsed, usage) = await TimedAsync(seconds, step, _ => Task.FromResult(0L));
        return new Floor(Figures.Of(samples, elapsed), Math.Round(sampler.PeakRssMb, 1), usage);
    }

    /// <summary>
    /// A phase with the host's memory watched and, alongside the clients, whatever else the phase runs until the
    /// clients stop (its requests count in the usage per request).
    /// </summary>
    private async Task<(List<Sample> Samples, double Seconds, Usage Usage)> TimedAsync(int seconds, LoadPhase.Step step,
        Func<CancellationToken, Task<long>> alongside)
    {
        await BeforeAsync();
        var cpu = sampler.Cpu();
        using var stop = new CancellationTokenSource();
        var rss = sampler.WatchRssAsync(stop.Token);
        var beside = alongside(stop.Token);
        var (samples, elapsed) = await LoadPhase.RunAsync(clients, TimeSpan.FromSeconds(seconds), step);
        await stop.CancelAsync();
        var besideRequests = await beside;
        await rss;
        return (samples, elapsed, await UsageAsync(cpu, samples.Count + besideRequests));
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
