using Marten;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

/// <summary>
/// An experiment as every door shows it, with its progress notes, who wrote them and when. <see cref="ClosedBy"/>
/// and <see cref="ClosedAt"/> say who concluded or abandoned it; <see cref="LessonsInvited"/> once it has results.
/// </summary>
public sealed record ExperimentView(
    Guid Id, Guid ThemeId, string Title, string Hypothesis, IReadOnlyList<string> Bodies, IReadOnlyList<Level> Levels,
    DateOnly PlannedEnd, Guid ProposedBy, DateTimeOffset ProposedAt, ExperimentStatus Status, DateTimeOffset? StartedAt,
    IReadOnlyList<ProgressNote> Progress, ExperimentOutcome? Outcome, string? Summary, string? AbandonReason,
    Guid? ClosedBy, DateTimeOffset? ClosedAt, bool LessonsInvited, int Version)
{
    public bool IsOver => Status is ExperimentStatus.Concluded or ExperimentStatus.Abandoned;

    public static ExperimentView Of(Experiment x) =>
        new(x.Id, x.ThemeId, x.Title, x.Hypothesis, x.Bodies, x.Levels, x.PlannedEnd, x.ProposedBy, x.ProposedAt, x.Status, x.StartedAt,
            x.Progress, x.Outcome, x.Summary, x.AbandonReason, x.ClosedBy, x.ClosedAt, x.LessonsInvited, x.Version);
}

public static class ExperimentReads
{
    /// <summary>Null for an unknown experiment and for one the actor may not see alike: both are answered as unknown.</summary>
    public static async Task<ExperimentView?> GetAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct) =>
        await session.VisibleAsync<Experiment>(id, actor, ct) is var (experiment, _) ? ExperimentView.Of(experiment) : null;

    /// <summary>The experiments in the themes the actor may see, oldest first.</summary>
    /// <param name="theme">Only this theme's experiments.</param>
    /// <param name="level">Only experiments that involve this level.</param>
    public static async Task<Page<ExperimentView>> ListAsync(IQuerySession session, Actor actor, Guid? theme, ExperimentStatus? status, Level? level,
        Guid? after, int? limit, CancellationToken ct)
    {
        var visible = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        var query = session.Query<Experiment>().Where(x => visible.Contains(x.ThemeId));
        if (status is { } s) query = query.Where(x => x.Status == s);
        if (level is { } l) query = query.Where(x => x.Levels.Contains(l));
        if (after is { } cursor) query = query.Where(x => x.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(x => x.Id), limit, x => x.Id.ToString(), ct);
        return new Page<ExperimentView>([.. page.Items.Select(ExperimentView.Of)], page.Next);
    }
}
