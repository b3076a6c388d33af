using Microsoft.AspNetCore.Mvc;
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
    [EndpointSummary("Giv et tilsagn")]
    [EndpointDescription("Et deltagende medlem lover på sin myndigheds vegne et andet niveau (`toLevel`) at levere noget inden `dueOn`, evt. som opfølgning på en beslutning.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> Make(Guid id, MakeCommitment command, HttpContext http) =>
        http.CreateAsync(command with { ThemeId = id }, "/api/commitments");

    [WolverinePost("/api/commitments/{id}/fulfil", Name = "FulfilCommitment")]
    [EndpointSummary("Meld et tilsagn indfriet")]
    [EndpointDescription("Melder tilsagnet indfriet med en note. Kun det medlem, der gav det, og sekretariatet. Svaret er tilsagnet, som det nu står.")]
    [ProducesResponseType<CommitmentView>(200)]
    public static Task<IResult> Fulfil(Guid id, FulfilCommitment command, HttpContext http, IQuerySession session) =>
        Show(http, session, command with { CommitmentId = id });

    [WolverinePost("/api/commitments/{id}/withdraw", Name = "WithdrawCommitment")]
    [EndpointSummary("Træk et tilsagn tilbage")]
    [EndpointDescription("Trækker tilsagnet tilbage med en begrundelse. Kun det medlem, der gav det, og sekretariatet.")]
    [ProducesResponseType<CommitmentView>(200)]
    public static Task<IResult> Withdraw(Guid id, WithdrawCommitment command, HttpContext http, IQuerySession session) =>
        Show(http, session, command with { CommitmentId = id });

    /// <summary>200 with the commitment as its GET shows it once settled.</summary>
    private static Task<IResult> Show(HttpContext http, IQuerySession session, ICommand command) =>
        http.ShowAsync(command, done => CommitmentReads.GetAsync(session, done.Id, Callers.Of(http), CancellationToken.None));
}
