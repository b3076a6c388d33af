using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Politikerforum.Domain.Commands;

/// <summary>
/// The shape of a command's input, checked before any rule sees it, the same for every door: what it acts on, the
/// DataAnnotations on the command, and text PostgreSQL cannot store. Each bad field is named (camelCase, as in the API).
/// </summary>
public static class CommandInput
{
    public const string Unreadable = "Forespørgslen kunne ikke behandles.";

    private const string Unstorable = "Teksten indeholder tegn, der ikke kan gemmes (NUL-tegn eller ufuldstændige Unicode-tegn).";

    public static Refusal? Refuses(ICommand command)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(command, new ValidationContext(command), results, validateAllProperties: true);
        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(member => (Field: Field(command, member), r.ErrorMessage ?? Unreadable)))
            .Concat(UnstorableFields(command).Select(field => (Field: Field(command, field), Unstorable)))
            .GroupBy(e => e.Field, e => e.Item2)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
        if (errors.Count > 0) return new Refusal(RefusalKind.Invalid, Unreadable, errors);
        // The all-zero id names nothing (Marten will not even open a stream by it): answered as any unknown id is,
        // after the input, as for every other id.
        return Targets(command.GetType()).Any(t => t.GetValue(command) is Guid id && id == Guid.Empty) ? Refusal.Unknown : null;
    }

    /// <summary>The field as the body spells it: its JSON name where it has one of its own (<c>version</c>), else camelCase.</summary>
    private static string Field(ICommand command, string member) =>
        command.GetType().GetProperty(member)?.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(member);

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> TargetsByType = new();

    /// <summary>The ids of what a command acts on: set by the door, never read from a body, so left out of its JSON.</summary>
    public static PropertyInfo[] Targets(Type command) => TargetsByType.GetOrAdd(command, t =>
        t.GetProperties().Where(p => p.IsDefined(typeof(JsonIgnoreAttribute))).OrderBy(p => p.Name).ToArray());

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Texts = new();

    /// <summary>
    /// JSON may carry a NUL character or half a surrogate pair (<c>"\ud800"</c>); PostgreSQL cannot store either,
    /// so they would fail at commit. The string fields (and lists of strings) of a command, found once per type.
    /// </summary>
    private static IEnumerable<string> UnstorableFields(ICommand command) =>
        Texts.GetOrAdd(command.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)).ToArray())
            .Where(p => p.GetValue(command) switch
            {
                string text => !IsStorable(text),
                IEnumerable<string?> texts => texts.Any(t => t is not null && !IsStorable(t)),
                _ => false
            })
            .Select(p => p.Name);

    public static bool IsStorable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return false;
            if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]))) return false;
            if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }
}
