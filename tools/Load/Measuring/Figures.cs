namespace Politikerforum.Load.Measuring;

/// <summary>What a phase's samples say: rate, latency percentiles and the failures by status.</summary>
public sealed record Figures(long Requests, double PerSecond, double P50Ms, double P99Ms, double MaxMs, long Errors, IReadOnlyDictionary<string, long> ErrorsByStatus)
{
    public static Figures Of(IReadOnlyCollection<Sample> samples, double seconds)
    {
        var ms = samples.Select(s => s.Milliseconds).Order().ToArray();
        var failed = samples.Where(s => !s.Succeeded).ToList();
        return new Figures(
            samples.Count, Round(samples.Count / seconds), Round(Percentile(ms, 0.50)), Round(Percentile(ms, 0.99)), Round(ms.LastOrDefault()),
            failed.Count,
            failed.GroupBy(s => s.Status == 0 ? "connection" : s.Status.ToString()).ToDictionary(g => g.Key, g => (long)g.Count()));
    }

    /// <summary>Nearest rank on sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static double Round(double value) => Math.Round(value, value < 10 ? 2 : 1);
}
