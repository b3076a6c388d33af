using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Politikerforum.Domain;
using Wolverine.Http;

namespace Politikerforum.Host.Http;

/// <summary>
/// What a value that could not be read should have been, in Danish, so a 400 says how to fix it: "'level' skal være en
/// af: kommune, region, folketing, europaparlamentet." One wording for bodies and addresses alike.
/// </summary>
public static class ExpectedValues
{
    /// <summary>"'level' skal være en af: …", or null when the type says nothing a person can act on.</summary>
    public static string? Sentence(string field, Type? type) => Of(type) is { } expected ? $"'{field}' skal være {expected}." : null;

    /// <summary>The same as a field error, where the field is already named: "Skal være en af: …".</summary>
    public static string? FieldError(Type? type) => Of(type) is { } expected ? $"Skal være {expected}." : null;

    private static string? Of(Type? type)
    {
        if (type is null) return null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return $"en af: {string.Join(", ", EnumNames.Of(type))}";
        if (type == typeof(Guid)) return "et id (en GUID), fx 0196f1c2-8a3b-7c4d-9e5f-0123456789ab";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return "et tidspunkt efter ISO 8601, fx 2026-05-01T09:00:00+02:00";
        if (type == typeof(DateOnly)) return "en dato, fx 2026-05-01";
        if (type == typeof(bool)) return "true eller false";
        if (type == typeof(int) || type == typeof(long)) return "et helt tal";
        if (type == typeof(string)) return "en tekst i anførselstegn";
        if (ElementOf(type) is not null) return "en liste i [ ]";
        return null;
    }

    /// <summary>
    /// The type a JSON path (<c>requiredLevels[1]</c>, <c>version</c>) leads to inside the body the endpoint reads,
    /// following the names as the API spells them; null where the path leads nowhere known.
    /// </summary>
    public static Type? AtPath(HttpContext context, string path)
    {
        var type = context.GetEndpoint()?.Metadata.GetMetadata<HttpChain>()?.RequestType;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (type is null) return null;
            var name = segment.Split('[')[0];
            type = Nullable.GetUnderlyingType(type) ?? type;
            type = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => JsonNameOf(p) == name)?.PropertyType;
            for (var i = 0; i < segment.Count(c => c == '[') && type is not null; i++) type = ElementOf(type);
        }
        return type;
    }

    private static string JsonNameOf(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0] is { } element && typeof(IEnumerable).IsAssignableFrom(type) ? element : null;

    /// <summary>The forum's enums by their .NET name, as Wolverine names the type of a query value it could not read.</summary>
    private static readonly Dictionary<string, Type> Enums =
        new[] { typeof(Level).Assembly, typeof(Politikerforum.Integrations.IntegratorSetup).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && t.FullName is not null)
            .GroupBy(t => t.FullName!.Replace('+', '.')).ToDictionary(g => g.Key, g => g.First());

    public static Type? Named(string name) =>
        name switch
        {
            "System.Guid" => typeof(Guid),
            "int" => typeof(int),
            "long" => typeof(long),
            "bool" => typeof(bool),
            "System.DateTimeOffset" => typeof(DateTimeOffset),
            "System.DateOnly" => typeof(DateOnly),
            _ => Enums.GetValueOrDefault(name.TrimEnd('?'))
        };
}
