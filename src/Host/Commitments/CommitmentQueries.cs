using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine.Http;

namespace Politikerforum.Host.Commitments;

public static class CommitmentQueries
{
    [WolverineGet("/api/commitments/{id}", Name = "GetCommitment")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        return await session.VisibleAsync<Commitment>(id, actor, ct) is { } found
            ? Results.Ok(found.Item)
            : Settling.Unknown.ToResult();
    }

    /// <param name="status">"overdue" is what is late and not yet delivered; late deliveries count as fulfilled.</param>
    /// <param name="toLevel">A level, or "forum" for commitments made to the forum as a whole.</param>
    [WolverineGet("/api/commitments", Name = "ListCommitments")]
    public static async Task<Page<Commitment>> List(
        Actor actor, IQuerySession session, Guid? theme, CommitmentStatus? status, Level? fromLevel, Recipient? toLevel,
        Guid? after, int? limit, CancellationToken ct)
    {
        var query = await VisibleAsync(actor, session, theme, ct);
        if (status is { } s) query = query.Where(c => c.Status == s);
        if (fromLevel is { } from) query = query.Where(c => c.FromLevel == from);
        if (toLevel?.Level() is { } to) query = query.Where(c => c.ToLevel == to);
        else if (toLevel == Recipient.Forum) query = query.Where(c => c.ToLevel == null);
        if (after is { } cursor) query = query.Where(c => c.Id > cursor);
        return await Page.FetchAsync(query.OrderBy(c => c.Id), limit, c => c.Id.ToString(), ct);
    }

    /// <summary>Counted when asked, from the commitments the caller may see: there is no second copy to keep in step.</summary>
    [WolverineGet("/api/commitments/ledger", Name = "CommitmentLedger")]
    public static async Task<Ledger> GetLedger(Actor actor, IQuerySession session, Guid? theme, CancellationToken ct)
    {
        var entries = await (await VisibleAsync(actor, session, theme, ct))
            .Select(c => new { c.FromLevel, c.ToLevel, c.Status, c.WasOverdue })
            .ToListAsync(ct);
        return Ledger.Of(entries.Select(e => new Ledger.Entry(e.FromLevel, e.ToLevel, e.Status, e.WasOverdue)));
    }

    private static async Task<IQueryable<Commitment>> VisibleAsync(Actor actor, IQuerySession session, Guid? theme, CancellationToken ct)
    {
        var visible = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        return session.Query<Commitment>().Where(c => visible.Contains(c.ThemeId));
    }
}
