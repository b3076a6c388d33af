using Politikerforum.Domain;
using Politikerforum.Integrations.Feed.Contract;

namespace Politikerforum.Integrations.Feed;

/// <param name="Types">Full type names (<c>dk.politikerforum.lesson.recorded</c>); none for every type.</param>
/// <param name="Theme">Only events of this theme.</param>
public sealed record FeedFilter(IReadOnlySet<string> Types, Guid? Theme = null)
{
    public static readonly FeedFilter Everything = new(new HashSet<string>());

    public bool Matches(PublicEvent e) => (Types.Count == 0 || Types.Contains(e.Type.Name)) && (Theme is null || Theme == e.ThemeId);

    /// <summary>Reads the comma-separated <c>types</c> of a request; an unknown type is refused with the list of valid ones.</summary>
    public static (FeedFilter? Filter, Refusal? Refusal) Parse(string? types, Guid? theme)
    {
        var names = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        var unknown = names.Where(n => EventTypes.Named(n) is null).ToArray();
        return unknown.Length > 0
            ? (null, Refusal.Invalid($"Ukendt hændelsestype: {string.Join(", ", unknown)}. Gyldige typer står på /api/feed/schemas."))
            : (new FeedFilter(names, theme), null);
    }
}
