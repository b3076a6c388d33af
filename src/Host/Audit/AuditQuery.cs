using Politikerforum.Domain.Themes;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Audit;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Audit;

/// <param name="Actor">Who acted, named as the registry knows them now; for a Chatham House author, nobody.</param>
public sealed record AuditItem(long Sequence, DateTimeOffset Time, string Type, ShownActor Actor, Guid? ThemeId, Guid? ItemId);

public static class AuditQuery
{
    /// <summary>
    /// Who did what and when across the whole forum, oldest first, for those who run it.
    /// <c>actor</c> is a member's or staff member's id; <c>after</c> is the last sequence seen.
    /// </summary>
    [WolverineGet("/api/audit", Name = "AuditTrail")]
    public static async Task<IResult> Get(
        Actor caller, IQuerySession session, Guid? actor, Guid? theme, DateTimeOffset? from, DateTimeOffset? to,
        long? after, int? limit, CancellationToken ct)
    {
        if (!caller.RunsTheForum)
            return Refusal.Forbidden("Kun sekretariatet og administratorer kan se, hvem der har gjort hvad i forummet.").ToResult();

        var query = session.Query<AuditEntry>().AsQueryable();
        if (actor is { } who) query = query.Where(e => e.ActorId == who);
        if (theme is { } themeId) query = query.Where(e => e.ThemeId == themeId);
        if (from is { } f) query = query.Where(e => e.Time >= f);
        if (to is { } t) query = query.Where(e => e.Time < t);
        if (after is { } cursor) query = query.Where(e => e.Id > cursor);

        var page = await Page.FetchAsync(query.OrderBy(e => e.Id), limit, e => e.Id.ToString(), ct);
        var names = await ActorNames.LoadAsync(session, page.Items.Select(e => e.ActorId ?? Guid.Empty), ct);
        return Results.Ok(new Page<AuditItem>(
            page.Items.Select(e => new AuditItem(e.Id, e.Time, e.Type, names.Show(e.ActorId ?? Guid.Empty, e.ActorRole), e.ThemeId, e.ItemId)).ToList(),
            page.Next));
    }
}
