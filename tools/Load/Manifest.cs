namespace Politikerforum.Load;

/// <summary>
/// What <c>seed</c> made, for <c>run</c> to act on: who the bench members are, which themes exist and how big,
/// the decisions and experiments the write load works on, and what seeding and rebuilding took.
/// </summary>
public sealed record Manifest(
    long Events,
    double SeedSeconds,
    Rebuilt? Rebuild,
    IReadOnlyList<BenchMember> Members,
    IReadOnlyList<SeededTheme> Themes,
    Guid LagTheme,
    IReadOnlyList<Guid> HotDecisions,
    IReadOnlyList<Guid> RunningExperiments);

/// <summary>The full rebuild: its time, per projection, and what the tool and PostgreSQL spent on it.</summary>
public sealed record Rebuilt(
    double Seconds, IReadOnlyDictionary<string, double> SecondsByProjection, double ToolCpuSeconds, double PostgresCpuSeconds,
    IReadOnlyList<Measuring.PgStats.Statement> TopStatements);

public sealed record BenchMember(Guid Id, string ObjectId, Domain.Level Level, string Body);

/// <summary>A seeded theme and the number of events seeded into it (its opening included).</summary>
public sealed record SeededTheme(Guid Id, string Title, int Events);
