using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine.Http;

namespace Politikerforum.Host.Experiments;

public static class ExperimentQueries
{
    /// <summary>The experiment with its progress notes, who wrote them and when; unknown and invisible alike are 404.</summary>
    [WolverineGet("/api/experiments/{id}", Name = "GetExperiment")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        return await session.VisibleAsync<Experiment>(id, actor, ct) is { } found
            ? Results.Ok(found.Item)
            : ExperimentSteward.Unknown.ToResult();
    }

    /// <param name="level">Only experiments that involve this level.</param>
    [WolverineGet("/api/experiments", Name = "ListExperiments")]
    public static async Task<Page<Experiment>> List(
        Actor actor, IQuerySession session, Guid? theme, ExperimentStatus? status, Level? level, Guid? after, int? limit, CancellationToken ct)
    {
        var visible = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        var query = session.Query<Experiment>().Where(x => visible.Contains(x.ThemeId));
        if (status is { } s) query = query.Where(x => x.Status == s);
        if (level is { } l) query = query.Where(x => x.Levels.Contains(l));
        if (after is { } cursor) query = query.Where(x => x.Id > cursor);
        return await Page.FetchAsync(query.OrderBy(x => x.Id), limit, x => x.Id.ToString(), ct);
    }
}
