using Politikerforum.Domain;

namespace Politikerforum.Load.Seeding;

/// <summary>
/// Who and what the seeded forum holds. Theme sizes follow Zipf's law, so one theme holds a sixth of the events
/// and the smallest a few hundred: a bench with one theme hides the plans that go wrong when a theme is a small
/// part of a large table (PERFORMANCE-NOTES).
/// </summary>
public sealed class ForumShape
{
    public const int MemberCount = 64;
    public const int HotDecisionCount = 4;
    public const int RunningExperimentCount = 16;

    private static readonly (Level Level, string[] Bodies)[] Bodies =
    [
        (Level.Kommune, ["Aarhus Kommune", "Odense Kommune", "Aalborg Kommune", "Esbjerg Kommune", "Vejle Kommune", "Skive Kommune"]),
        (Level.Region, ["Region Midtjylland", "Region Syddanmark", "Region Nordjylland", "Region Hovedstaden", "Region Sjælland"]),
        (Level.Folketing, ["Folketinget"]),
        (Level.Europaparlamentet, ["Europa-Parlamentet"])
    ];

    public required IReadOnlyList<BenchMember> Members { get; init; }
    public required IReadOnlyList<SeededTheme> Themes { get; init; }
    /// <summary>Cumulative share of the events per theme, for drawing a theme by its size.</summary>
    public required double[] CumulativeShare { get; init; }
    public required Guid LagTheme { get; init; }
    public required int Events { get; init; }

    public static ForumShape For(int events)
    {
        var members = Enumerable.Range(0, MemberCount).Select(i =>
        {
            var (level, bodies) = Bodies[i % Bodies.Length];
            return new BenchMember(Guid.CreateVersion7(), $"bench-member-{i:00}", level, bodies[i / Bodies.Length % bodies.Length]);
        }).ToList();

        var themeCount = Math.Clamp(events / 5_000, 50, 200);
        var weights = Enumerable.Range(1, themeCount).Select(rank => 1.0 / rank).ToArray();
        var total = weights.Sum();
        var cumulative = new double[themeCount];
        var running = 0.0;
        for (var i = 0; i < themeCount; i++) cumulative[i] = running += weights[i] / total;
        var themes = weights.Select((w, i) => new SeededTheme(Guid.CreateVersion7(), Texts.ThemeTitle(i), (int)(events * w / total))).ToList();

        return new ForumShape
        {
            Members = members, Themes = themes, CumulativeShare = cumulative, LagTheme = Guid.CreateVersion7(), Events = events
        };
    }

    public SeededTheme DrawTheme(Random random)
    {
        var index = Array.BinarySearch(CumulativeShare, random.NextDouble());
        return Themes[Math.Min(index < 0 ? ~index : index, Themes.Count - 1)];
    }
}
