using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Themes;

public static class ThemeItems
{
    /// <summary>Every item's theme exists: themes are archived, never deleted.</summary>
    public static async Task<Theme> ThemeOfAsync(this IQuerySession session, IThemeItem item, CancellationToken ct) =>
        (await session.LoadAsync<Theme>(item.ThemeId, ct))!;

    /// <summary>The item and its theme if the actor may see them; null for unknown and invisible alike, so both answer 404.</summary>
    public static async Task<(T Item, Theme Theme)?> VisibleAsync<T>(this IQuerySession session, Guid id, Actor actor, CancellationToken ct)
        where T : class, IThemeItem
    {
        var item = await session.LoadAsync<T>(id, ct);
        var theme = item is null ? null : await session.LoadAsync<Theme>(item.ThemeId, ct);
        return item is not null && theme is not null && theme.CanSee(actor) ? (item, theme) : null;
    }
}
