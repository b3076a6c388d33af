using System.Text.Json;
using System.Text.Json.Serialization;

namespace Politikerforum.Host.Http;

public static class ForumJson
{
    /// <summary>camelCase fields; enum values lower-case and kebab-case as in the glossary (e.g. "chatham-house").</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
    }
}
