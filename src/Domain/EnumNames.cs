using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Politikerforum.Domain;

/// <summary>
/// Enum values as the API spells them, in bodies and addresses alike: lower-case and kebab-case as in the glossary
/// (<c>chatham-house</c>), read regardless of case. A name only: never a number (<c>"2"</c>, <c>2</c>), never a list of
/// names (<c>"forum,public"</c>), which .NET's own readers take as values or flag sets.
/// </summary>
public sealed class EnumNames : JsonConverterFactory
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, object>> ByName = new();

    /// <summary>The names of <paramref name="type"/>'s values, in declaration order.</summary>
    public static IEnumerable<string> Of(Type type) => Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName);

    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <returns>False unless <paramref name="text"/> is exactly one of the names.</returns>
    public static bool TryRead(Type type, string? text, out object? value)
    {
        value = null;
        return text is not null && ByName.GetOrAdd(type, t => Enum.GetValues(t).Cast<object>()
            .ToDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()!), StringComparer.OrdinalIgnoreCase))
            .TryGetValue(text.Trim(), out value);
    }

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Named<>).MakeGenericType(typeToConvert), options)!;

    private sealed class Named<T>(JsonSerializerOptions options) : JsonConverter<T> where T : struct, Enum
    {
        // Every response names its enums again (a timeline page its actors' levels, fifty times): the names are made
        // and encoded once, not on every write. A value without a name of its own (a number cast to the enum) is
        // written as before.
        private readonly Dictionary<T, JsonEncodedText> _written =
            Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => JsonEncodedText.Encode(Of(v), options.Encoder));

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && TryRead(typeof(T), reader.GetString(), out var value)
                ? (T)value!
                // Without a message of its own, so the serializer names the field (the Danish problem reads the path).
                : throw new JsonException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (_written.TryGetValue(value, out var name)) writer.WriteStringValue(name);
            else writer.WriteStringValue(Of(value));
        }

        // Enums as dictionary keys: the participants per level.
        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TryRead(typeof(T), reader.GetString(), out var value) ? (T)value! : throw new JsonException();

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (_written.TryGetValue(value, out var name)) writer.WritePropertyName(name);
            else writer.WritePropertyName(Of(value));
        }
    }
}
