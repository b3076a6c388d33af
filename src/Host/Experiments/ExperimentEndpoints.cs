using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Experiments;

public static class ProposeExperimentEndpoint
{
    public static ProblemDetails Validate(Theme theme, ProposeExperiment command, Actor actor, TimeProvider clock) =>
        ProposingExperiments.Refuses(theme, command, actor, clock.GetUtcNow()).ToProblem();

    /// <summary>Each experiment is its own stream: the theme is only read when one is proposed.</summary>
    [WolverinePost("/api/themes/{id}/experiments", Name = "ProposeExperiment")]
    public static (Created, IStartStream) Post(ProposeExperiment command, [ReadAggregate] Theme theme, Actor actor, TimeProvider clock)
    {
        var proposed = ProposingExperiments.Decide(Guid.CreateVersion7(), theme, command, actor, clock.GetUtcNow());
        return (Created.At("/api/experiments", proposed.ExperimentId), MartenOps.StartStream<Experiment>(proposed.ExperimentId, proposed));
    }
}

/// <summary>
/// The experiment's stream is locked for the length of each request, so two people moving the same
/// experiment at once (say, one concluding while another abandons) are served one after the other,
/// and the second is told what the first did.
/// </summary>
public static class StartExperimentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Experiment experiment, Actor actor, IQuerySession session, CancellationToken ct) =>
        StartingExperiments.Refuses(experiment, await session.ThemeOfAsync(experiment, ct), actor).ToProblem();

    [WolverinePost("/api/experiments/{id}/start", Name = "StartExperiment")]
    public static (UpdatedAggregate, ExperimentStarted) Post(
        [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Experiment experiment, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), StartingExperiments.Decide(experiment, actor, clock.GetUtcNow()));
}

public static class NoteProgressEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Experiment experiment, Actor actor, IQuerySession session, CancellationToken ct) =>
        NotingProgress.Refuses(experiment, await session.ThemeOfAsync(experiment, ct), actor).ToProblem();

    [WolverinePost("/api/experiments/{id}/progress", Name = "NoteExperimentProgress")]
    public static (UpdatedAggregate, ExperimentProgressNoted) Post(
        NoteProgress command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Experiment experiment, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), NotingProgress.Decide(experiment, command, actor, clock.GetUtcNow()));
}

public static class ConcludeExperimentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Experiment experiment, Actor actor, IQuerySession session, CancellationToken ct) =>
        ConcludingExperiments.Refuses(experiment, await session.ThemeOfAsync(experiment, ct), actor).ToProblem();

    [WolverinePost("/api/experiments/{id}/conclude", Name = "ConcludeExperiment")]
    public static (UpdatedAggregate, ExperimentConcluded) Post(
        ConcludeExperiment command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Experiment experiment, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), ConcludingExperiments.Decide(experiment, command, actor, clock.GetUtcNow()));
}

public static class AbandonExperimentEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Experiment experiment, Actor actor, IQuerySession session, CancellationToken ct) =>
        AbandoningExperiments.Refuses(experiment, await session.ThemeOfAsync(experiment, ct), actor).ToProblem();

    [WolverinePost("/api/experiments/{id}/abandon", Name = "AbandonExperiment")]
    public static (UpdatedAggregate, ExperimentAbandoned) Post(
        AbandonExperiment command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Experiment experiment, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), AbandoningExperiments.Decide(experiment, command, actor, clock.GetUtcNow()));
}
