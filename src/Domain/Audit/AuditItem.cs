using Marten;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain.Audit;

/// <param name="Actor">Who acted, named as the registry knows them now; for a Chatham House author, nobody.</param>
/// <param name="Summary">What happened, in Danish: the timeline's words for an event in a theme, with people named as now.</param>
public sealed record AuditItem(long Sequence, DateTimeOffset Time, string Type, ShownActor Actor, string Summary, Guid? ThemeId, Guid? ItemId);

/// <param name="Actor">A member's or staff member's id.</param>
/// <param name="To">Exclusive.</param>
public sealed record AuditFilter(Guid? Actor = null, Guid? Theme = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

public static class AuditReads
{
    public static readonly Refusal NotForYou =
        Refusal.Forbidden("Kun sekretariatet og administratorer kan se, hvem der har gjort hvad i forummet.");

    /// <summary>
    /// Who did what and when across the whole forum, oldest first or newest first (<see cref="Order.Desc"/>), for those who
    /// run it; null for anyone else. <paramref name="after"/> is the last sequence seen, in the order asked for.
    /// </summary>
    public static async Task<Page<AuditItem>?> PageAsync(
        IQuerySession session, Actor reader, AuditFilter filter, long? after, int? limit, CancellationToken ct, Order order = Order.Asc)
    {
        if (!reader.RunsTheForum) return null;

        var query = session.Query<AuditEntry>().AsQueryable();
        if (filter.Actor is { } who) query = query.Where(e => e.ActorId == who);
        if (filter.Theme is { } themeId) query = query.Where(e => e.ThemeId == themeId);
        if (filter.From is { } from) query = query.Where(e => e.Time >= from);
        if (filter.To is { } to) query = query.Where(e => e.Time < to);
        if (after is { } cursor) query = order == Order.Desc ? query.Where(e => e.Id < cursor) : query.Where(e => e.Id > cursor);

        var page = await Page.FetchAsync(order == Order.Desc ? query.OrderByDescending(e => e.Id) : query.OrderBy(e => e.Id), limit, e => e.Id.ToString(), ct);
        // Those who run the forum see every theme and every hidden item, so the timeline's words are theirs as stored.
        var timeline = (await session.LoadManyAsync<TimelineEntry>(ct, [.. page.Items.Where(e => e.ThemeId is not null).Select(e => e.Id)]))
            .ToDictionary(t => t.Id);
        (string Summary, Guid? Subject) SummaryOf(AuditEntry e) => timeline.TryGetValue(e.Id, out var t)
            ? (t.Summary, t.SubjectMemberId)
            : (e.Summary ?? AuditDescriptions.Unnamed(e.Type), e.SubjectMemberId);
        var names = await ActorNames.LoadAsync(session,
            page.Items.SelectMany(e => new[] { e.ActorId ?? Guid.Empty, SummaryOf(e).Subject ?? Guid.Empty }), ct);
        return new Page<AuditItem>([.. page.Items.Select(e =>
        {
            var (summary, subject) = SummaryOf(e);
            return new AuditItem(e.Id, e.Time, e.Type, names.Show(e.ActorId ?? Guid.Empty, e.ActorRole),
                subject is { } s ? TimelineDescriptions.WithSubject(summary, names.NameOf(s)) : summary, e.ThemeId, e.ItemId);
        })], page.Next);
    }
}
