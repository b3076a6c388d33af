using Microsoft.AspNetCore.Mvc;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Experiments;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Experiments;

public static class ExperimentQueries
{
    /// <summary>The experiment with its progress notes, who wrote them and when; unknown and invisible alike are 404.</summary>
    [WolverineGet("/api/experiments/{id}", Name = "GetExperiment")]
    [EndpointSummary("Ét eksperiment")]
    [EndpointDescription("Eksperimentet med status, niveauer, myndigheder og fremskridt.")]
    [ProducesResponseType<ExperimentView>(200)]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await ExperimentReads.GetAsync(session, id, actor, ct) is { } experiment ? Results.Ok(experiment) : Refusal.Unknown.ToResult();

    /// <param name="level">Only experiments that involve this level.</param>
    [WolverineGet("/api/experiments", Name = "ListExperiments")]
    [EndpointSummary("Eksperimenter")]
    [EndpointDescription("Eksperimenterne i de temaer, du kan se, side for side. Filtrér på `theme`, `status` og `level`.")]
    public static Task<Page<ExperimentView>> List(
        Actor actor, IQuerySession session, Guid? theme, ExperimentStatus? status, Level? level, Guid? after, int? limit, CancellationToken ct) =>
        ExperimentReads.ListAsync(session, actor, theme, status, level, after, limit, ct);
}
