using System.Diagnostics;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// A closed loop: each client sends its next request as soon as the last one is answered, until the time is up.
/// Throughput is what the clients got through in the time all of them took to stop.
/// </summary>
public static class LoadPhase
{
    public delegate Task<Sample> Step(int client, Random random, CancellationToken ct);

    public static async Task<(List<Sample> Samples, double Seconds)> RunAsync(int clients, TimeSpan duration, Step step)
    {
        var started = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client * 7919 + 1);
            var samples = new List<Sample>();
            while (started.Elapsed < duration) samples.Add(await step(client, random, CancellationToken.None));
            return samples;
        })));
        return (perClient.SelectMany(s => s).ToList(), started.Elapsed.TotalSeconds);
    }
}
