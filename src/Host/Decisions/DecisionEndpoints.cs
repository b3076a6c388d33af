using Marten;
using Politikerforum.Domain.Decisions;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Decisions;

/// <summary>Taking a position, concluding and withdrawing answer with the decision as its GET shows it afterwards.</summary>
public static class DecisionEndpoints
{
    [WolverinePost("/api/themes/{id}/decisions", Name = "ProposeDecision")]
    public static Task<IResult> Propose(Guid id, ProposeDecision command, HttpContext http) =>
        http.CreateAsync(command with { ThemeId = id }, "/api/decisions");

    [WolverinePost("/api/decisions/{id}/positions", Name = "TakePosition")]
    public static Task<IResult> Take(Guid id, TakePosition command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { DecisionId = id }, done => Shown(http, session, done.Id));

    [WolverinePost("/api/decisions/{id}/conclude", Name = "ConcludeDecision")]
    public static Task<IResult> Conclude(Guid id, ConcludeDecision command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { DecisionId = id }, done => Shown(http, session, done.Id));

    [WolverinePost("/api/decisions/{id}/withdraw", Name = "WithdrawDecision")]
    public static Task<IResult> Withdraw(Guid id, WithdrawDecision command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { DecisionId = id }, done => Shown(http, session, done.Id));

    private static Task<DecisionDetail?> Shown(HttpContext http, IQuerySession session, Guid id) =>
        DecisionReads.GetAsync(session, id, Callers.Of(http), CancellationToken.None);
}
