namespace Politikerforum.Domain;

/// <summary>The four levels of Danish government the forum brings together.</summary>
public enum Level { Kommune, Region, Folketing, Europaparlamentet }

public static class Levels
{
    public static readonly IReadOnlyList<Level> All = Enum.GetValues<Level>();

    public static string Danish(this Level level) => level switch
    {
        Level.Kommune => "kommune",
        Level.Region => "region",
        Level.Folketing => "Folketinget",
        Level.Europaparlamentet => "Europa-Parlamentet",
        _ => throw new ArgumentOutOfRangeException(nameof(level))
    };
}
