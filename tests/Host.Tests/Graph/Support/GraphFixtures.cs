using System.Text.Json.Nodes;

namespace Politikerforum.Host.Tests.Graph.Support;

/// <summary>The published Graph payloads in Graph/Fixtures (see SOURCES.md there), copied beside the tests.</summary>
public static class GraphFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Graph", "Fixtures", name));

    public static JsonNode Node(string name) => JsonNode.Parse(Read(name))!;
}
