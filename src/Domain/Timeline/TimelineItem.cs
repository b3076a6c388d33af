using System.Linq.Expressions;
using Marten;
using Marten.Services.BatchQuerying;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Timeline;

/// <summary>One event of a theme's timeline as every door shows it, with who acted named as the registry knows them now.</summary>
/// <param name="Subject">The member the event is about, when it is about one (a participant who joined or left).</param>
public sealed record TimelineItem(
    long Sequence, DateTimeOffset Time, string Type, ShownActor Actor, string Summary, Guid? ItemId, ShownActor? Subject);

/// <param name="Types">Some of <see cref="TimelineDescriptions.Types"/>; none for all of them.</param>
/// <param name="Level">The level of the person who acted, as the registry knows them now.</param>
/// <param name="To">Exclusive.</param>
/// <param name="Member">The member who acted. A Chatham House author never acted, as far as the timeline knows.</param>
/// <param name="Text">Words in the summary, regardless of case.</param>
public sealed record TimelineFilter(
    IReadOnlyCollection<string> Types, Level? Level = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
    Guid? Member = null, string? Text = null)
{
    public const int LongestText = 200;

    public Refusal? Refuses() =>
        Types.Except(TimelineDescriptions.Types).ToArray() is { Length: > 0 } unknown
            ? Refusal.Invalid($"Ukendt hændelsestype: {string.Join(", ", unknown)}. Gyldige typer: {string.Join(", ", TimelineDescriptions.Types)}.")
        : Text?.Length > LongestText ? Refusal.Invalid($"Søgeteksten må højst være {LongestText} tegn.")
        : From >= To ? Refusal.Invalid("Perioden skal slutte efter, at den begynder.")
        : null;
}

public static class TimelineReads
{
    /// <summary>
    /// Every event of a theme the actor may read, oldest first, or newest first with <see cref="Order.Desc"/>;
    /// <paramref name="after"/> is the last sequence seen, so a page goes on in the order asked for.
    /// Null when the actor may not see the theme, as for an unknown one.
    /// </summary>
    /// <param name="registry">The host's remembered registry, which names most pages' people without asking.</param>
    public static async Task<Page<TimelineItem>?> PageAsync(
        IQuerySession session, Guid themeId, Actor actor, TimelineFilter filter, long? after, int? limit, CancellationToken ct,
        Order order = Order.Asc, RegistryCache? registry = null)
    {
        var conditions = new List<Expression<Func<TimelineEntry, bool>>>();
        if (after is { } cursor) conditions.Add(order == Order.Desc ? e => e.Id < cursor : e => e.Id > cursor);
        if (filter.From is { } from) conditions.Add(e => e.Time >= from);
        if (filter.To is { } to) conditions.Add(e => e.Time < to);
        if (filter.Types.Count > 0)
        {
            var types = filter.Types.ToArray();
            conditions.Add(e => types.Contains(e.Type));
        }
        if (filter.Level is { } level)
        {
            // An erased member is shown without a level (ActorNames), so the filter does not find them by it either.
            var ofLevel = (await session.Query<Member>().Where(m => m.Level == level && m.ErasedAt == null).Select(m => m.Id).ToListAsync(ct)).ToArray();
            conditions.Add(e => ofLevel.Contains(e.ActorId));
        }
        if (filter.Member is { } member) conditions.Add(e => e.ActorId == member);
        if (Blank.AsNull(filter.Text) is { } text)
        {
            // The stored summary quotes hidden text; what the actor may not read must not be found by it either.
            var withheld = await WithheldItemsAsync(session, themeId, actor, ct);
            if (withheld.Length > 0) conditions.Add(e => e.ItemId == null || !withheld.Contains(e.ItemId) || !Quoting.Contains(e.Type));
            conditions.Add(e => e.Summary.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        var take = Page.Clamp(limit);
        if (await ReadableAsync(session, themeId, actor, conditions, order, take + 1, ct) is not { } read) return null;
        var page = Page.Of(read.Entries, take, e => e.Id.ToString());
        return new Page<TimelineItem>(await ShowAsync(session, page.Items, read.Hidden, actor, registry, ct), page.Next);
    }

    /// <summary>The latest <paramref name="count"/> events of a theme the actor may read, oldest first; null as for <see cref="PageAsync"/>.</summary>
    public static async Task<IReadOnlyList<TimelineItem>?> LatestAsync(IQuerySession session, Guid themeId, Actor actor, int count, CancellationToken ct)
    {
        if (await ReadableAsync(session, themeId, actor, [], Order.Desc, count, ct) is not { } latest) return null;
        return await ShowAsync(session, [.. latest.Entries.OrderBy(e => e.Id)], latest.Hidden, actor, null, ct);
    }

    /// <summary>The entries read, and the theme's hidden posts and lessons (by id) that may be among them.</summary>
    private sealed record Read(IReadOnlyList<TimelineEntry> Entries, IReadOnlyDictionary<Guid, HiddenItem> Hidden);

    /// <summary>
    /// The first <paramref name="count"/> of the theme's entries that meet the conditions and that the actor may read, in
    /// the order asked for; null when the actor may not see the theme, as for an unknown one.
    /// </summary>
    private static async Task<Read?> ReadableAsync(
        IQuerySession session, Guid themeId, Actor actor, List<Expression<Func<TimelineEntry, bool>>> conditions, Order order, int count,
        CancellationToken ct)
    {
        // One round trip for the theme, its hidden items and, for whoever may read every lesson (a member, the secretariat),
        // the entries too: no lesson's entries are withheld from them, so the page need not wait for the lessons they may not read.
        var batch = session.CreateBatchQuery();
        var theme = ThemeStanding.Of(batch, themeId, actor);
        var hidden = Hidden(batch, themeId, actor);
        var unreadableLessons = LessonAccess.ReadsEveryLesson(actor) ? null : batch.UnreadableLessonIds(themeId, actor);
        var entries = unreadableLessons is null ? Entries(batch, themeId, conditions, order, count) : null;
        await batch.Execute(ct);
        if (!(await theme).SingleOrDefault().CanSee(actor)) return null;
        if (entries is null)
        {
            // A lesson's confidentiality narrows its theme's visibility: its entries go where the lesson itself may be read.
            var unreadable = (await unreadableLessons!).Select(id => (Guid?)id).ToArray();
            if (unreadable.Length > 0) conditions = [.. conditions, e => e.ItemId == null || !unreadable.Contains(e.ItemId)];
            var rest = session.CreateBatchQuery();
            entries = Entries(rest, themeId, conditions, order, count);
            await rest.Execute(ct);
        }
        return new Read(await entries, await hidden());
    }

    private static Task<IReadOnlyList<TimelineEntry>> Entries(
        IBatchedQuery batch, Guid themeId, List<Expression<Func<TimelineEntry, bool>>> conditions, Order order, int count)
    {
        // The theme is asked for as a set of one and the entries ordered by (theme, sequence): PostgreSQL then reads them
        // from the (theme, sequence) index at the cursor. Asked for by equality, it may walk the sequence from the cursor
        // through every later entry of other themes instead, which is slow wherever a theme's entries lie far apart.
        Guid[] themes = [themeId];
        var query = batch.Query<TimelineEntry>().Where(e => themes.Contains(e.ThemeId));
        foreach (var condition in conditions) query = query.Where(condition);
        var ordered = order == Order.Desc
            ? query.OrderByDescending(e => e.ThemeId).ThenByDescending(e => e.Id)
            : query.OrderBy(e => e.ThemeId).ThenBy(e => e.Id);
        return ordered.Take(count).ToList();
    }

    /// <summary>The entries as the actor is shown them: who acted named as the registry knows them now, hidden items withheld.</summary>
    private static async Task<IReadOnlyList<TimelineItem>> ShowAsync(
        IQuerySession session, IReadOnlyList<TimelineEntry> entries, IReadOnlyDictionary<Guid, HiddenItem> hidden, Actor actor,
        RegistryCache? registry, CancellationToken ct)
    {
        if (entries.Count == 0) return [];
        var names = await ActorNames.LoadAsync(session, entries.SelectMany(e => new[] { e.ActorId, e.SubjectMemberId ?? Guid.Empty }), registry, ct);
        return [.. entries.Select(e => new TimelineItem(
            e.Id, e.Time, e.Type, names.Show(e.ActorId, e.ActorRole),
            e.SubjectMemberId is { } subject ? TimelineDescriptions.WithSubject(e.Summary, names.NameOf(subject)) : ShownSummary(e, actor, hidden),
            e.ItemId, e.SubjectMemberId is { } about ? names.Person(about) : null))];
    }

    /// <summary>
    /// The entries of a hidden post or lesson stay, but say no more than that it happened to those who may not read
    /// it. Who wrote it is whoever the entry shows acting (a Chatham House author is shown as nobody).
    /// </summary>
    private static string ShownSummary(TimelineEntry e, Actor actor, IReadOnlyDictionary<Guid, HiddenItem> hidden) =>
        e.ItemId is { } item && hidden.TryGetValue(item, out var hiding) && !Moderating.CanSee(hiding.Hiding, e.ActorId, actor)
            ? TimelineDescriptions.Withheld(e.Type) ?? e.Summary
            : e.Summary;

    /// <summary>The types of entry that quote their item's text, and say less when it is hidden.</summary>
    private static readonly string[] Quoting = [.. TimelineDescriptions.Types.Where(t => TimelineDescriptions.Withheld(t) is not null)];

    /// <summary>The hidden posts and lessons of a theme that the actor may not read.</summary>
    private static async Task<Guid?[]> WithheldItemsAsync(IQuerySession session, Guid themeId, Actor actor, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var hidden = Hidden(batch, themeId, actor);
        await batch.Execute(ct);
        return [.. (await hidden()).Where(h => !Moderating.CanSee(h.Value.Hiding, h.Value.AuthorId, actor)).Select(h => (Guid?)h.Key)];
    }

    /// <summary>A theme's hidden posts or lessons, in the words of their partial indexes (ForumStore), so PostgreSQL uses them.</summary>
    private const string HiddenInTheme = "where CAST(data ->> 'themeId' as uuid) = ? and " + ForumStore.Hidden;

    /// <summary>A hidden post or lesson: why, and who wrote it (none for a Chatham House lesson).</summary>
    private sealed record HiddenItem(Hiding Hiding, Guid? AuthorId);

    /// <summary>
    /// The theme's posts and lessons that the secretariat has hidden, by id, asked in the batch and read once it has run: an
    /// index holds only those (ForumStore), which are few, so they cost alike on every page of a long theme. Those who run
    /// the forum see every hidden item (<see cref="Moderating.CanSee"/>), so for them none is asked for.
    /// </summary>
    private static Func<Task<IReadOnlyDictionary<Guid, HiddenItem>>> Hidden(IBatchedQuery batch, Guid themeId, Actor actor)
    {
        if (actor.RunsTheForum) return () => Task.FromResult<IReadOnlyDictionary<Guid, HiddenItem>>(new Dictionary<Guid, HiddenItem>());
        // In SQL, not LINQ: parsing the two expressions again on every page cost the host more than running them cost PostgreSQL.
        var posts = batch.Query<Post>(HiddenInTheme, themeId);
        var lessons = batch.Query<LessonView>(HiddenInTheme, themeId);
        return async () => (await posts).Select(p => (p.Id, new HiddenItem(p.Hidden!, p.AuthorId)))
            .Concat((await lessons).Select(l => (l.Id, new HiddenItem(l.Hidden!, l.AuthorId)))).ToDictionary();
    }
}
