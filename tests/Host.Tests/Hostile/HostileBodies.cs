using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>
/// Generates request bodies meant to break an endpoint: malformed JSON, wrong types, huge strings, deep nesting,
/// unicode edge cases, nulls, extra fields, arrays instead of objects, oversized and non-UTF-8 bodies. Most start
/// from a plausible body for the endpoint's command, so they get past the parser and reach validation and rules; a
/// plausible body (three kinds in thirteen) often passes validation, so the rules decide.
/// </summary>
public sealed class HostileBodies(Random random, IReadOnlyList<Guid> knownIds, DateTimeOffset now)
{
    public const int Kinds = 13;
    private const string Marker = "@@unicode@@";

    private static readonly string[] Malformed =
    [
        "", "{", "}", "[", "{\"text\":}", "{\"text\": \"unterminated}", "{'text': 'single quotes'}", "{\"a\":1,}", "{,}",
        "{\"text\": NaN}", "/* comment */ {}", "{\"text\": \"x\"} trailing", "tru", "{\"\\uZZZZ\": 1}", "\"just a string\"",
        "{\"text\" \"missing colon\"}", "{\"version\": 1e999}", "{\"version\": 99999999999999999999}", "\u00ef\u00bb\u00bf{}"
    ];

    private static readonly string[] Unicode =
    [
        "\\ud800", "\\udfff", "x\\ud83d", "\\u0000", "a\\u0000b", "\u202eevil\u202c", "\u200f\u200e", "👩‍👩‍👧‍👦🇩🇰🏳️‍🌈",
        "e\u0301\u0301\u0301\u0301\u0301\u0301", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "\u200b\u200b", "\ufeff", "\uffff", "Ææ Øø Åå",
        "\\u2028\\u2029", "<script>alert(1)</script>", "'; drop table mt_events; --", "{{7*7}}", "%00%0d%0a", "\\\\\\\""
    ];

    public (string Name, byte[] Body) Next(Type? command)
    {
        var kind = random.Next(Kinds);
        return kind switch
        {
            0 => ("malformed", Utf8(Pick(Malformed))),
            1 => ("wrong-types", Utf8(Mutate(command, _ => (true, WrongType())))),
            2 => ("huge-strings", Utf8(Mutate(command, t => (t == typeof(string), JsonValue.Create(new string('Å', Pick([201, 2_001, 10_001, 20_001, 60_000]))))))),
            3 => ("deep-nesting", Utf8(DeepNesting())),
            // Spliced in as raw JSON text, so escapes such as a lone surrogate reach the server as written.
            4 => ("unicode", Utf8(Mutate(command, t => (t == typeof(string), JsonValue.Create(Marker))).Replace(Marker, Pick(Unicode) + Pick(Unicode)))),
            5 => ("nulls", Utf8(random.Next(3) == 0 ? Pick(["null", "{}", "[null]"]) : Mutate(command, _ => (true, null)))),
            6 => ("extra-fields", Utf8(ExtraFields(command))),
            7 => ("array-instead-of-object", Utf8($"[{Plausible(command).ToJsonString()}]")),
            8 => ("oversized", Utf8($"{{\"text\":\"{new string('x', 256 * 1024 + random.Next(1, 4096))}\"}}")),
            9 => ("not-utf8", [(byte)'{', (byte)'"', 0xC3, 0x28, 0xFF, 0xFE, (byte)'"', (byte)':', 0xED, 0xA0, 0x80, (byte)'}']),
            _ => ("plausible", Utf8(Plausible(command).ToJsonString()))
        };
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A plausible body where each field, with a chance of one in two, gets what <paramref name="replace"/> gives for its type (when it applies).</summary>
    private string Mutate(Type? command, Func<Type, (bool Applies, JsonNode? Value)> replace)
    {
        var body = Plausible(command);
        foreach (var property in Properties(command))
            if (random.Next(2) == 0 && replace(Unwrap(property.PropertyType)) is (true, var value))
                body[NameOf(property)] = value;
        return body.ToJsonString();
    }

    private JsonNode WrongType() => Pick<Func<JsonNode>>(
    [
        () => JsonValue.Create(random.Next()), () => JsonValue.Create(true), () => new JsonArray(1, "to", null),
        () => new JsonObject { ["nested"] = "x" }, () => JsonValue.Create("not-a-guid-or-date-or-enum"),
        () => JsonValue.Create(double.MaxValue), () => JsonValue.Create(-1), () => JsonValue.Create("2026-13-45"),
        () => JsonValue.Create("00000000-0000-0000-0000-000000000000")
    ])();

    private string DeepNesting()
    {
        var depth = Pick([65, 200, 5_000]);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : "{\"text\":" + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth) + "}";
    }

    private string ExtraFields(Type? command)
    {
        var body = Plausible(command);
        body["id"] = Guid.NewGuid().ToString();
        body["themeId"] = Pick(knownIds).ToString();
        body["authorId"] = Pick(knownIds).ToString();
        body["$type"] = "System.Object";
        body["__proto__"] = new JsonObject { ["admin"] = true };
        body[new string('k', 1_000)] = "long key";
        return body.ToJsonString();
    }

    /// <summary>A body that could pass for the command: every field present with a value of its type.</summary>
    private JsonObject Plausible(Type? command)
    {
        var body = new JsonObject();
        foreach (var property in Properties(command))
            body[NameOf(property)] = property.Name.Contains("Email") ? Pick(["a@b.dk", "mette.holm@aarhus.dk"])
                : property.GetCustomAttribute<RegularExpressionAttribute>() is { } format ? Matching(format)
                : ValueOf(Unwrap(property.PropertyType));
        return body;
    }

    /// <summary>Values of the shapes our commands ask for by pattern (ids from Teams and Entra), so a body can get past
    /// the pattern to the rule; now and then one that does not match.</summary>
    private static readonly string[] Shaped = ["3f2504e0-4f89-11d3-9a0c-0305e82c3301", "19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2", "Aarhus Kommune"];

    private string Matching(RegularExpressionAttribute format)
    {
        var matching = Shaped.Where(format.IsValid).ToList();
        return matching.Count > 0 && random.Next(4) != 0 ? Pick(matching) : Pick([.. Shaped.Except(matching), "x"]);
    }

    private JsonNode? ValueOf(Type type)
    {
        if (type == typeof(string)) return Pick(["Et forslag", "Aarhus Kommune", "a@b.dk", "x", "Vi deler vagtplanen på tværs", " "]);
        // Now and then the all-zero id, which names nothing.
        if (type == typeof(Guid)) return (random.Next(8) == 0 ? Guid.Empty : Pick(knownIds)).ToString();
        if (type == typeof(int)) return random.Next(-1, 4);
        if (type == typeof(bool)) return random.Next(2) == 0;
        if (type == typeof(DateOnly)) return DateOnly.FromDateTime(now.UtcDateTime).AddDays(random.Next(-3, 400)).ToString("yyyy-MM-dd");
        if (type == typeof(DateTimeOffset)) return now.AddHours(random.Next(-24, 24 * 60));
        if (type.IsEnum) return JsonSerializer.SerializeToNode(Pick(Enum.GetValues(type).Cast<object>().ToList()), type, ForumTest.Json);
        if (type.IsGenericType && type.GetGenericArguments() is [var element])
            return new JsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => ValueOf(element)).ToArray());
        return null;
    }

    private static IEnumerable<PropertyInfo> Properties(Type? command) =>
        command?.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.SetMethod is not null) ?? [];

    private static string NameOf(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
