using Marten;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Decisions;

public static class DecisionReads
{
    /// <summary>Null for an unknown decision and for one in a theme the actor may not see alike: both are answered as unknown.</summary>
    public static async Task<DecisionDetail?> GetAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct)
    {
        if (await session.VisibleAsync<Decision>(id, actor, ct) is not var (decision, theme)) return null;
        var names = await ActorNames.LoadAsync(session,
            decision.Positions.Select(p => p.MemberId).Concat(DecisionDetail.Asked(decision, theme).Select(p => p.MemberId)), ct);
        return DecisionDetail.Of(decision, theme, names);
    }

    /// <summary>The decisions in the themes the actor may see, oldest first.</summary>
    /// <param name="theme">A single theme asked for, if any.</param>
    public static async Task<Page<DecisionSummary>> ListAsync(
        IQuerySession session, Actor actor, Guid? theme, DecisionStatus? status, Guid? after, int? limit, CancellationToken ct)
    {
        var page = await PageAsync(session, actor, theme, status, after, limit, ct);
        return new Page<DecisionSummary>([.. page.Items.Select(DecisionSummary.Of)], page.Next);
    }

    /// <summary>
    /// The decision log: the same decisions as <see cref="ListAsync"/>, each as its detail shows it, with the tally per level
    /// and the levels and members still missing.
    /// </summary>
    public static async Task<Page<DecisionDetail>> LogAsync(
        IQuerySession session, Actor actor, Guid? theme, DecisionStatus? status, Guid? after, int? limit, CancellationToken ct)
    {
        var page = await PageAsync(session, actor, theme, status, after, limit, ct);
        var themes = (await session.LoadManyAsync<Theme>(ct, page.Items.Select(d => d.ThemeId).Distinct().ToArray())).ToDictionary(t => t.Id);
        var names = await ActorNames.LoadAsync(session, page.Items.SelectMany(d =>
            d.Positions.Select(p => p.MemberId).Concat(DecisionDetail.Asked(d, themes[d.ThemeId]).Select(p => p.MemberId))), ct);
        return new Page<DecisionDetail>([.. page.Items.Select(d => DecisionDetail.Of(d, themes[d.ThemeId], names))], page.Next);
    }

    private static async Task<Page<Decision>> PageAsync(
        IQuerySession session, Actor actor, Guid? theme, DecisionStatus? status, Guid? after, int? limit, CancellationToken ct)
    {
        var visible = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        var query = session.Query<Decision>().Where(d => visible.Contains(d.ThemeId));
        if (status is { } s) query = query.Where(d => d.Status == s);
        if (after is { } cursor) query = query.Where(d => d.Id > cursor);
        return await Page.FetchAsync(query.OrderBy(d => d.Id), limit, d => d.Id.ToString(), ct);
    }
}
