using JasperFx.Events;
using Marten;
using Marten.Services.BatchQuerying;
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
        where T : class, IThemeItem =>
        (await session.FetchForWritingAsync<T, bool>(id, _ => Task.FromResult(true), ct)).Item;

    /// <summary>
    /// As <see cref="FetchForWritingAsync{T}(IDocumentSession, Guid, CancellationToken)"/>, with what the command reads
    /// besides (<paramref name="before"/> adds it to the batch): it goes in the same round trip, ahead of the lock, so it
    /// costs neither a round trip of its own nor time under the lock.
    /// </summary>
    public static async Task<(ItemStream<T> Item, TRead Read)> FetchForWritingAsync<T, TRead>(
        this IDocumentSession session, Guid id, Func<IBatchedQuery, Task<TRead>> before, CancellationToken ct)
        where T : class, IThemeItem
    {
        // The transaction first, so the batch runs in it whatever the pool does: FetchForExclusiveWriting starts one
        // itself, but without waiting for it before the batch may run.
        await session.OneConnectionAsync(ct);
        var batch = session.CreateBatchQuery();
        var read = before(batch);
        // The theme ahead of the lock too: an item never moves to another theme, so the theme read needs no lock, and
        // PostgreSQL runs the statements in order, so whatever follows the lock runs while others wait on it.
        // A lesson is not stored as itself (LessonView is its read model), so its theme is read after the lock.
        var theme = typeof(T) == typeof(Lesson) ? null : ThemeOf<T>(batch, id);
        var stream = batch.Events.FetchForExclusiveWriting<T>(id);
        await batch.Execute(ct);
        var locked = await stream;
        var item = locked.Aggregate;
        return (new ItemStream<T>(locked, item is null ? null
            : theme is null ? await session.LoadAsync<Theme>(item.ThemeId, ct)
            : (await theme).SingleOrDefault()), await read);
    }

    /// <summary>
    /// The command's reads, its event sequence numbers (Rich append) and its write on one connection, in one transaction.
    /// Otherwise each goes to the pool on its own: three checkouts for a post instead of one, and PostgreSQL runs a
    /// <c>DISCARD ALL</c> for each. Marten's sticky connections would do the same for every session, but not with its
    /// connection tracing on (docs/performance.md, round 3). A refused command's transaction is rolled back when its
    /// session is disposed; its reads hold no locks.
    /// </summary>
    public static ValueTask OneConnectionAsync(this IDocumentSession session, CancellationToken ct) => session.BeginTransactionAsync(ct);

    /// <summary>Every item's theme exists: themes are archived, never deleted.</summary>
    public static async Task<Theme> ThemeOfAsync(this IQuerySession session, IThemeItem item, CancellationToken ct) =>
        (await session.LoadAsync<Theme>(item.ThemeId, ct))!;

    /// <summary>
    /// The item and its theme if the actor may see them; null for unknown and invisible alike, so both answer 404.
    /// Both in one round trip.
    /// </summary>
    public static async Task<(T Item, Theme Theme)?> VisibleAsync<T>(this IQuerySession session, Guid id, Actor actor, CancellationToken ct)
        where T : class, IThemeItem
    {
        var batch = session.CreateBatchQuery();
        var found = batch.Load<T>(id);
        var themes = ThemeOf<T>(batch, id);
        await batch.Execute(ct);
        var (item, theme) = (await found, (await themes).SingleOrDefault());
        return item is not null && theme is not null && theme.CanSee(actor) ? (item, theme) : null;
    }

    /// <summary>The theme of the stored item with this id, read by the item's theme id as the store writes it (camelCase JSON, ForumStore).</summary>
    private static Task<IReadOnlyList<Theme>> ThemeOf<T>(IBatchedQuery batch, Guid id) where T : class, IThemeItem
    {
        var items = batch.Parent.DocumentStore.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;
        return batch.Query<Theme>($"where id = (select (i.data ->> 'themeId')::uuid from {items} as i where i.id = ?)", id);
    }
}
