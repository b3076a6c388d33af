using System.Text.Json;
using System.Text.Json.Serialization;

namespace Politikerforum.Integrations.Teams.Protocol;

/// <summary>
/// How the Bot Framework protocol is written: camelCase names, absent rather than null fields (Teams rejects some
/// nulls, and a request should say only what we mean), enum values in camelCase as Adaptive Cards spell them.
/// Unknown fields are ignored when reading, so a new Teams field never breaks the bot.
/// </summary>
public static class BotJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // The fixtures and Teams put "type" where they like; the records' discriminators must not care.
            AllowOutOfOrderMetadataProperties = true
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    public static byte[] ToUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
