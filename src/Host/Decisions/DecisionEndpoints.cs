using Microsoft.AspNetCore.Mvc;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Decisions;

/// <summary>Taking a position, concluding and withdrawing answer with the decision as its GET shows it afterwards.</summary>
public static class DecisionEndpoints
{
    [WolverinePost("/api/themes/{id}/decisions", Name = "ProposeDecision")]
    [EndpointSummary("Stil et forslag")]
    [EndpointDescription("Stiller et forslag i temaet, som niveauerne tager stilling til inden `deadline`. `requiredLevels` er de niveauer, der skal have taget stilling.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> Propose(Guid id, ProposeDecision command, HttpContext http) =>
        http.CreateAsync(command with { ThemeId = id }, "/api/decisions");

    [WolverinePost("/api/decisions/{id}/positions", Name = "TakePosition")]
    [EndpointSummary("Tag stilling til et forslag")]
    [EndpointDescription("Temaets deltagende medlemmer tager stilling: `support`, `object` eller `abstain`, gerne med en begrundelse. Svaret er forslaget med den nye optælling.")]
    [ProducesResponseType<DecisionDetail>(200)]
    public static Task<IResult> Take(Guid id, TakePosition command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { DecisionId = id }, async done => done.Left is DecisionLeft left
            ? await DecisionReads.ShowAsync(session, left.Decision, left.Theme, CancellationToken.None, Callers.RegistryOf(http))
            : await Shown(http, session, done.Id));

    [WolverinePost("/api/decisions/{id}/conclude", Name = "ConcludeDecision")]
    [EndpointSummary("Træf beslutningen")]
    [EndpointDescription("Afslutter forslaget med beslutningen. Kun forslagsstilleren og sekretariatet. Svaret er beslutningen, som den nu står.")]
    [ProducesResponseType<DecisionDetail>(200)]
    public static Task<IResult> Conclude(Guid id, ConcludeDecision command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { DecisionId = id }, done => Shown(http, session, done.Id));

    [WolverinePost("/api/decisions/{id}/withdraw", Name = "WithdrawDecision")]
    [EndpointSummary("Træk et forslag tilbage")]
    [EndpointDescription("Trækker forslaget tilbage med en begrundelse. Kun forslagsstilleren og sekretariatet.")]
    [ProducesResponseType<DecisionDetail>(200)]
    public static Task<IResult> Withdraw(Guid id, WithdrawDecision command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { DecisionId = id }, done => Shown(http, session, done.Id));

    /// <summary>
    /// The decision after the command. Positions on a busy decision answer with everyone who took one, so the names come
    /// from the registry the host remembers (forgotten on every registry change), not from a query of every member each time.
    /// </summary>
    private static Task<DecisionDetail?> Shown(HttpContext http, IQuerySession session, Guid id) =>
        DecisionReads.GetAsync(session, id, Callers.Of(http), CancellationToken.None, Callers.RegistryOf(http));
}
