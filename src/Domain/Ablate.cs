namespace Politikerforum.Domain;

/// <summary>THROWAWAY (issue 13 round 7 ablation): layers switched off by the ABLATE environment variable.</summary>
public static class Ablate
{
    private static readonly HashSet<string> On =
        [.. (Environment.GetEnvironmentVariable("ABLATE") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static bool Has(string layer) => On.Contains(layer);
}
