using Marten;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

/// <summary>A progress note with who wrote it, named as the registry knows them now.</summary>
public sealed record ShownProgressNote(string Note, ShownActor NotedBy, DateTimeOffset NotedAt);

/// <summary>
/// An experiment as every door shows it, with its progress notes, who wrote them and when. <see cref="ClosedBy"/>
/// and <see cref="ClosedAt"/> say who concluded or abandoned it; <see cref="LessonsInvited"/> once it has results.
/// Every person is shown with their id and name (<see cref="ShownActor"/>).
/// </summary>
public sealed record ExperimentView(
    Guid Id, Guid ThemeId, string Title, string Hypothesis, IReadOnlyList<string> Bodies, IReadOnlyList<Level> Levels,
    DateOnly PlannedEnd, ShownActor ProposedBy, DateTimeOffset ProposedAt, ExperimentStatus Status, DateTimeOffset? StartedAt,
    IReadOnlyList<ShownProgressNote> Progress, ExperimentOutcome? Outcome, string? Summary, string? AbandonReason,
    ShownActor? ClosedBy, DateTimeOffset? ClosedAt, bool LessonsInvited, int Version)
{
    public bool IsOver => Status is ExperimentStatus.Concluded or ExperimentStatus.Abandoned;

    /// <param name="names">Loaded for <see cref="PeopleOf"/>.</param>
    public static ExperimentView Of(Experiment x, ActorNames names) =>
        new(x.Id, x.ThemeId, x.Title, x.Hypothesis, x.Bodies, x.Levels, x.PlannedEnd, names.Person(x.ProposedBy), x.ProposedAt, x.Status,
            x.StartedAt, [.. x.Progress.Select(p => new ShownProgressNote(p.Note, names.Person(p.NotedBy), p.NotedAt))], x.Outcome, x.Summary,
            x.AbandonReason, x.ClosedBy is { } closer ? names.Person(closer) : null, x.ClosedAt, x.LessonsInvited, x.Version);

    /// <summary>Everyone the view names.</summary>
    public static IEnumerable<Guid> PeopleOf(Experiment x) =>
        [x.ProposedBy, .. x.Progress.Select(p => p.NotedBy), .. x.ClosedBy is { } closer ? [closer] : Array.Empty<Guid>()];
}

public static class ExperimentReads
{
    /// <summary>Null for an unknown experiment and for one the actor may not see alike: both are answered as unknown.</summary>
    /// <param name="registry">The registry the host remembers, if the door has it: the people are then named without a round trip.</param>
    public static async Task<ExperimentView?> GetAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct, RegistryCache? registry = null) =>
        await session.VisibleAsync<Experiment>(id, actor, ct) is var (experiment, _) ? await ShowAsync(session, experiment, ct, registry) : null;

    /// <summary>One experiment as every door shows it, its people named (for doors that have already decided it may be seen).</summary>
    public static async Task<ExperimentView> ShowAsync(IQuerySession session, Experiment experiment, CancellationToken ct, RegistryCache? registry = null) =>
        ExperimentView.Of(experiment, await ActorNames.LoadAsync(session, ExperimentView.PeopleOf(experiment), registry, ct));

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
        var names = await ActorNames.LoadAsync(session, page.Items.SelectMany(ExperimentView.PeopleOf), ct);
        return new Page<ExperimentView>([.. page.Items.Select(x => ExperimentView.Of(x, names))], page.Next);
    }
}
