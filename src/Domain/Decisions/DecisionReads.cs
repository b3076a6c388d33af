using Marten;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Decisions;

public static class DecisionReads
{
    /// <summary>Null for an unknown decision and for one in a theme the actor may not see alike: both are answered as unknown.</summary>
    /// <param name="registry">The registry the host remembers, if the door has it: the people are then named without a round trip.</param>
    public static async Task<DecisionDetail?> GetAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct, RegistryCache? registry = null)
    {
        if (await session.VisibleAsync<Decision>(id, actor, ct) is not var (decision, theme)) return null;
        return await ShowAsync(session, decision, theme, ct, registry);
    }

    /// <summary>One decision as every door shows it, its people named (for doors that have already decided it may be seen).</summary>
    public static async Task<DecisionDetail> ShowAsync(IQuerySession session, Decision decision, Theme theme, CancellationToken ct, RegistryCache? registry = null)
    {
        var names = await ActorNames.LoadAsync(session, DecisionDetail.PeopleOf(decision, theme), registry, ct);
        return DecisionDetail.Of(decision, theme, names);
    }

    /// <summary>
    /// The decision log: the decisions in the themes the actor may see, oldest first, each as its detail shows it, with the
    /// tally, the tally per level and the levels and members still missing, so a review needs no call per decision.
    /// </summary>
    /// <param name="theme">A single theme asked for, if any.</param>
    public static async Task<Page<DecisionDetail>> ListAsync(
        IQuerySession session, Actor actor, Guid? theme, DecisionStatus? status, Guid? after, int? limit, CancellationToken ct)
    {
        var visible = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        var query = session.Query<Decision>().Where(d => visible.Contains(d.ThemeId));
        if (status is { } s) query = query.Where(d => d.Status == s);
        if (after is { } cursor) query = query.Where(d => d.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(d => d.Id), limit, d => d.Id.ToString(), ct);
        var themes = (await session.LoadManyAsync<Theme>(ct, page.Items.Select(d => d.ThemeId).Distinct().ToArray())).ToDictionary(t => t.Id);
        var names = await ActorNames.LoadAsync(session, page.Items.SelectMany(d => DecisionDetail.PeopleOf(d, themes[d.ThemeId])), ct);
        return new Page<DecisionDetail>([.. page.Items.Select(d => DecisionDetail.Of(d, themes[d.ThemeId], names))], page.Next);
    }
}
