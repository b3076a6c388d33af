namespace Politikerforum.Load.Measuring;

/// <summary>
/// Reads /proc while a phase runs: the host's resident set (for <c>host_rss_mb_peak</c>) every 100 ms, and the
/// CPU time the host, PostgreSQL (the postmaster and every backend it forked) and this tool spent in the phase.
/// </summary>
public sealed class ProcessSampler(int hostPid, int postmasterPid)
{
    // USER_HZ: the unit of utime and stime in /proc/*/stat; 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    public double PeakRssMb { get; private set; }

    public sealed record CpuSeconds(double Host, double Postgres, double LoadTool);

    public CpuSeconds Cpu() => new(
        Ticks(hostPid) / TicksPerSecond,
        (Ticks(postmasterPid) + ChildrenOf(postmasterPid).Sum(Ticks)) / TicksPerSecond,
        Ticks(Environment.ProcessId) / TicksPerSecond);

    public async Task WatchRssAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            PeakRssMb = Math.Max(PeakRssMb, RssMb(hostPid));
            try { await Task.Delay(100, stop); } catch (TaskCanceledException) { }
        }
    }

    public static double RssMb(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:"))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();

    /// <summary>utime + stime; a process that has just exited counts as nothing.</summary>
    private static long Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name in parentheses may hold spaces: count fields after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        catch (IOException) { return 0; }
    }

    private static IEnumerable<int> ChildrenOf(int parent) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ParentOf(pid) == parent);

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
        }
        catch (IOException) { return 0; }
    }
}
