using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine.Http;

namespace Politikerforum.Host.Decisions;

public static class DecisionQueries
{
    [WolverineGet("/api/decisions/{id}", Name = "GetDecision")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        if (await session.VisibleAsync<Decision>(id, actor, ct) is not var (decision, theme)) return Deciding.Unknown.ToResult();

        var names = await ActorNames.LoadAsync(session,
            decision.Positions.Select(p => p.MemberId).Concat(DecisionDetail.Asked(decision, theme).Select(p => p.MemberId)), ct);
        return Results.Ok(DecisionDetail.Of(decision, theme, names));
    }

    /// <summary>The decisions in the themes the caller may see, oldest first.</summary>
    [WolverineGet("/api/decisions", Name = "ListDecisions")]
    public static async Task<Page<Decision>> List(
        Actor actor, IQuerySession session, Guid? theme, DecisionStatus? status, Guid? after, int? limit, CancellationToken ct)
    {
        var visible = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        var query = session.Query<Decision>().Where(d => visible.Contains(d.ThemeId));
        if (status is { } s) query = query.Where(d => d.Status == s);
        if (after is { } cursor) query = query.Where(d => d.Id > cursor);
        return await Page.FetchAsync(query.OrderBy(d => d.Id), limit, d => d.Id.ToString(), ct);
    }
}
