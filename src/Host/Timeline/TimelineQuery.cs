using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Timeline;

public sealed record TimelineItem(
    long Sequence, DateTimeOffset Time, string Type, ShownActor Actor, string Summary, Guid? ItemId, Guid? SubjectMemberId);

public static class TimelineQuery
{
    /// <summary>Every event of a theme, oldest first. <c>after</c> is the last sequence seen.</summary>
    [WolverineGet("/api/themes/{id}/timeline", Name = "ThemeTimeline")]
    public static async Task<IResult> Get(
        Guid id, Actor actor, IQuerySession session,
        long? after, int? limit, string? types, Level? level, DateTimeOffset? from, DateTimeOffset? to,
        CancellationToken ct)
    {
        var theme = await session.LoadAsync<Theme>(id, ct);
        if (theme is null || !theme.CanSee(actor)) return ThemeAccess.Unknown.ToResult();

        var query = session.Query<TimelineEntry>().Where(e => e.ThemeId == id);
        // A lesson's confidentiality narrows its theme's visibility: its entries go where the lesson itself may be read.
        var unreadable = await session.UnreadableLessonIdsAsync(id, actor, ct);
        if (unreadable.Length > 0) query = query.Where(e => e.ItemId == null || !unreadable.Contains(e.ItemId));
        if (after is { } cursor) query = query.Where(e => e.Id > cursor);
        if (from is { } f) query = query.Where(e => e.Time >= f);
        if (to is { } t) query = query.Where(e => e.Time < t);
        if (!string.IsNullOrWhiteSpace(types))
        {
            var wanted = types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = wanted.Except(TimelineDescriptions.Types).ToArray();
            if (unknown.Length > 0)
                return Refusal.Invalid($"Ukendt hændelsestype: {string.Join(", ", unknown)}. Gyldige typer: {string.Join(", ", TimelineDescriptions.Types)}.").ToResult();
            query = query.Where(e => wanted.Contains(e.Type));
        }
        if (level is { } l)
        {
            // The level of the person who acted, as the registry knows them now.
            var ofLevel = await session.Query<Member>().Where(m => m.Level == l).Select(m => m.Id).ToListAsync(ct);
            var actorIds = ofLevel.ToArray();
            query = query.Where(e => actorIds.Contains(e.ActorId));
        }

        var page = await Page.FetchAsync(query.OrderBy(e => e.Id), limit, e => e.Id.ToString(), ct);
        var names = await ActorNames.LoadAsync(session, page.Items.SelectMany(e => new[] { e.ActorId, e.SubjectMemberId ?? Guid.Empty }), ct);
        var hidden = await HiddenItemsAsync(session, actor, page.Items, ct);
        return Results.Ok(new Page<TimelineItem>(
            page.Items.Select(e => new TimelineItem(
                e.Id, e.Time, e.Type, names.Show(e.ActorId, e.ActorRole),
                e.SubjectMemberId is { } subject ? e.Summary.Replace(TimelineDescriptions.SubjectPlaceholder, names.NameOf(subject)) : ShownSummary(e, actor, hidden),
                e.ItemId, e.SubjectMemberId)).ToList(),
            page.Next));
    }

    /// <summary>
    /// The entries of a hidden post or lesson stay, but say no more than that it happened, except to the
    /// secretariat and to whoever the entry shows acting (a Chatham House author is shown as nobody).
    /// </summary>
    private static string ShownSummary(TimelineEntry e, Actor actor, IReadOnlySet<Guid> hidden) =>
        e.ItemId is { } item && hidden.Contains(item) && !actor.IsPerson(e.ActorId)
            ? TimelineDescriptions.Withheld(e.Type) ?? e.Summary
            : e.Summary;

    private static async Task<IReadOnlySet<Guid>> HiddenItemsAsync(IQuerySession session, Actor actor, IReadOnlyList<TimelineEntry> entries, CancellationToken ct)
    {
        if (actor.RunsTheForum) return new HashSet<Guid>();
        var items = entries.Where(e => e.ItemId is not null).Select(e => e.ItemId!.Value).Distinct().ToArray();
        if (items.Length == 0) return new HashSet<Guid>();
        var posts = await session.Query<Post>().Where(p => items.Contains(p.Id) && p.Hidden != null).Select(p => p.Id).ToListAsync(ct);
        var lessons = await session.Query<LessonView>().Where(l => items.Contains(l.Id) && l.Hidden != null).Select(l => l.Id).ToListAsync(ct);
        return posts.Concat(lessons).ToHashSet();
    }
}
