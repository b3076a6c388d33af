using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Politikerforum.Load;

public static class Json
{
    /// <summary>Between the tool's two steps.</summary>
    public static readonly JsonSerializerOptions Manifest = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>bench-results.json: the figures under the names the issue gives them (snake_case).</summary>
    public static readonly JsonSerializerOptions Results = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        // Statements from pg_stat_statements are read by people: quotes and arrows as they are, not \u0022.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) }
    };
}
