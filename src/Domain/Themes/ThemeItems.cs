using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

/// <summary>
/// An item's stream, locked for this command, with the theme it lives in. <see cref="Item"/> and <see cref="Theme"/>
/// are null for an unknown id: the rules answer that exactly as they answer an item the actor may not see.
/// </summary>
public sealed record ItemStream<T>(IEventStream<T> Stream, Theme? Theme) where T : class, IThemeItem
{
    public T? Item => Stream.Aggregate;

    /// <summary>Appends what the rule decided and tells the door the item's new version.</summary>
    public Done Append(object decided, object? answer = null)
    {
        Stream.AppendOne(decided);
        return new Done(Stream.Id, Stream.CurrentVersion ?? 1, answer);
    }
}

public static class ThemeItems
{
    /// <summary>
    /// The item's stream under an exclusive lock, so people acting on the same item at once are served one after
    /// the other and the second is told what the first did; then its theme, which is only read.
    /// </summary>
    public static async Task<ItemStream<T>> FetchForWritingAsync<T>(this IDocumentSession session, Guid id, CancellationToken ct)
        where T : class, IThemeItem
    {
        var stream = await session.Events.FetchForExclusiveWriting<T>(id, ct);
        var theme = stream.Aggregate is { } item ? await session.LoadAsync<Theme>(item.ThemeId, ct) : null;
        return new ItemStream<T>(stream, theme);
    }

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
