using System.Text.Json;

namespace Politikerforum.Domain;

public static class ForumJson
{
    /// <summary>camelCase fields; enum values by name only, lower-case and kebab-case as in the glossary (<see cref="EnumNames"/>).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new EnumNames());
    }

    /// <summary>The forum's conventions on top of the web defaults, for anything the forum writes as JSON itself.</summary>
    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }
}
