using Microsoft.AspNetCore.Mvc;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Experiments;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Experiments;

public static class ExperimentEndpoints
{
    [WolverinePost("/api/themes/{id}/experiments", Name = "ProposeExperiment")]
    [EndpointSummary("Foreslå et eksperiment")]
    [EndpointDescription("Foreslår et forsøg i temaet med en hypotese, de involverede myndigheder og niveauer og en planlagt slutdato.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> Propose(Guid id, ProposeExperiment command, HttpContext http) =>
        http.CreateAsync(command with { ThemeId = id }, "/api/experiments");

    [WolverinePost("/api/experiments/{id}/start", Name = "StartExperiment")]
    [EndpointSummary("Sæt et eksperiment i gang")]
    [EndpointDescription("Markerer eksperimentet som startet. Kun den, der foreslog det, og sekretariatet. Svaret er eksperimentet, som det nu står.")]
    [ProducesResponseType<ExperimentView>(200)]
    public static Task<IResult> Start(Guid id, HttpContext http, IQuerySession session) => Show(http, session, new StartExperiment(id));

    [WolverinePost("/api/experiments/{id}/progress", Name = "NoteExperimentProgress")]
    [EndpointSummary("Notér fremskridt")]
    [EndpointDescription("Tilføjer en note om, hvordan eksperimentet går. Svaret er eksperimentet, som det nu står.")]
    [ProducesResponseType<ExperimentView>(200)]
    public static Task<IResult> Note(Guid id, NoteProgress command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { ExperimentId = id }, async done => done.Left is Experiment left
            ? await ExperimentReads.ShowAsync(session, left, CancellationToken.None, Callers.RegistryOf(http))
            : await ExperimentReads.GetAsync(session, done.Id, Callers.Of(http), CancellationToken.None, Callers.RegistryOf(http)));

    [WolverinePost("/api/experiments/{id}/conclude", Name = "ConcludeExperiment")]
    [EndpointSummary("Afslut et eksperiment")]
    [EndpointDescription("Afslutter eksperimentet med et resultat (`succeeded`, `mixed` eller `failed`) og en sammenfatning. Kun den, der foreslog det, og sekretariatet.")]
    [ProducesResponseType<ExperimentView>(200)]
    public static Task<IResult> Conclude(Guid id, ConcludeExperiment command, HttpContext http, IQuerySession session) =>
        Show(http, session, command with { ExperimentId = id });

    [WolverinePost("/api/experiments/{id}/abandon", Name = "AbandonExperiment")]
    [EndpointSummary("Opgiv et eksperiment")]
    [EndpointDescription("Opgiver eksperimentet med en begrundelse. Kun den, der foreslog det, og sekretariatet.")]
    [ProducesResponseType<ExperimentView>(200)]
    public static Task<IResult> Abandon(Guid id, AbandonExperiment command, HttpContext http, IQuerySession session) =>
        Show(http, session, command with { ExperimentId = id });

    /// <summary>200 with the experiment as its GET shows it after the step.</summary>
    private static Task<IResult> Show(HttpContext http, IQuerySession session, ICommand command) =>
        http.ShowAsync(command, done => ExperimentReads.GetAsync(session, done.Id, Callers.Of(http), CancellationToken.None, Callers.RegistryOf(http)));
}
