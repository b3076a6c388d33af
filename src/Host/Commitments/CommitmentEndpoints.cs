using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Commitments;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Commitments;

public static class CommitmentEndpoints
{
    [WolverinePost("/api/themes/{id}/commitments", Name = "MakeCommitment")]
    public static Task<IResult> Make(Guid id, MakeCommitment command, HttpContext http) =>
        http.CreateAsync(command with { ThemeId = id }, "/api/commitments");

    [WolverinePost("/api/commitments/{id}/fulfil", Name = "FulfilCommitment")]
    public static Task<IResult> Fulfil(Guid id, FulfilCommitment command, HttpContext http, IQuerySession session) =>
        Show(http, session, command with { CommitmentId = id });

    [WolverinePost("/api/commitments/{id}/withdraw", Name = "WithdrawCommitment")]
    public static Task<IResult> Withdraw(Guid id, WithdrawCommitment command, HttpContext http, IQuerySession session) =>
        Show(http, session, command with { CommitmentId = id });

    /// <summary>200 with the commitment as its GET shows it once settled.</summary>
    private static Task<IResult> Show(HttpContext http, IQuerySession session, ICommand command) =>
        http.ShowAsync(command, done => CommitmentReads.GetAsync(session, done.Id, Callers.Of(http), CancellationToken.None));
}
