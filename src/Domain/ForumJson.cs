using System.Text.Json;
using System.Text.Json.Serialization;

namespace Politikerforum.Domain;

public static class ForumJson
{
    /// <summary>camelCase fields; enum values lower-case and kebab-case as in the glossary (e.g. "chatham-house").</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
    }

    /// <summary>The forum's conventions on top of the web defaults, for anything the forum writes as JSON itself.</summary>
    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }
}
