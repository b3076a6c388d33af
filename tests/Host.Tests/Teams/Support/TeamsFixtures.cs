namespace Politikerforum.Host.Tests.Teams.Support;

/// <summary>The published Teams payloads in Teams/Fixtures (see SOURCES.md there), copied beside the tests.</summary>
public static class TeamsFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Teams", "Fixtures");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static IReadOnlyList<string> All => Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order().ToList();
}
