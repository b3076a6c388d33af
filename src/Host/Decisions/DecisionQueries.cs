using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine.Http;

namespace Politikerforum.Host.Decisions;

public sealed record Tally(int Support, int Object, int Abstain)
{
    public static Tally Of(IEnumerable<MemberPosition> positions)
    {
        var list = positions.ToList();
        return new(list.Count(p => p.Position == Position.Support), list.Count(p => p.Position == Position.Object),
            list.Count(p => p.Position == Position.Abstain));
    }
}

/// <param name="MissingLevels">Required levels from which no member has taken a position yet.</param>
/// <param name="MissingMembers">Participants from the required levels who have not taken a position.</param>
public sealed record DecisionDetail(
    Decision Decision, Tally Tally, IReadOnlyDictionary<Level, Tally> TallyPerLevel,
    IReadOnlyList<Level> MissingLevels, IReadOnlyList<Guid> MissingMembers);

public static class DecisionQueries
{
    [WolverineGet("/api/decisions/{id}", Name = "GetDecision")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        var decision = await session.LoadAsync<Decision>(id, ct);
        var theme = decision is null ? null : await session.LoadAsync<Theme>(decision.ThemeId, ct);
        if (decision is null || theme is null || !theme.CanSee(actor)) return Deciding.Unknown.ToResult();

        var taken = decision.Positions.Select(p => p.MemberId).ToHashSet();
        return Results.Ok(new DecisionDetail(
            decision,
            Tally.Of(decision.Positions),
            Levels.All.ToDictionary(level => level, level => Tally.Of(decision.Positions.Where(p => p.Level == level))),
            decision.RequiredLevels.Where(level => decision.Positions.All(p => p.Level != level)).ToList(),
            theme.Participants.Where(p => decision.RequiredLevels.Contains(p.Level) && !taken.Contains(p.MemberId))
                .Select(p => p.MemberId).ToList()));
    }

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
