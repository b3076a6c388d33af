using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Lessons;

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
    /// the other and the second is told what the first did; then its theme, which is only read. The lock, the item and
    /// the theme come in one round trip: the lock is held until the command commits, and every round trip taken under it
    /// is one more that everyone else acting on the item waits through.
    /// </summary>
    public static async Task<ItemStream<T>> FetchForWritingAsync<T>(this IDocumentSession session, Guid id, CancellationToken ct)
        where T : class, IThemeItem
    {
        // A lesson is not stored as itself (LessonView is its read model), so its theme is read after the lock.
        if (typeof(T) == typeof(Lesson))
        {
            var lesson = await session.Events.FetchForExclusiveWriting<T>(id, ct);
            return new ItemStream<T>(lesson, lesson.Aggregate is { } item ? await session.LoadAsync<Theme>(item.ThemeId, ct) : null);
        }
        var items = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;
        var batch = session.CreateBatchQuery();
        var stream = batch.Events.FetchForExclusiveWriting<T>(id);
        // The item's theme id as the store writes it (camelCase JSON, ForumStore), read in the same statement batch.
        var theme = batch.Query<Theme>($"where id = (select (i.data ->> 'themeId')::uuid from {items} as i where i.id = ?)", id);
        await batch.Execute(ct);
        var locked = await stream;
        return new ItemStream<T>(locked, locked.Aggregate is null ? null : (await theme).SingleOrDefault());
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
