using Microsoft.AspNetCore.Mvc;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Commitments;

public static class CommitmentQueries
{
    [WolverineGet("/api/commitments/{id}", Name = "GetCommitment")]
    [EndpointSummary("Ét tilsagn")]
    [EndpointDescription("Tilsagnet med hvem der gav det, til hvilket niveau, fristen og status.")]
    [ProducesResponseType<CommitmentView>(200)]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await CommitmentReads.GetAsync(session, id, actor, ct) is { } commitment ? Results.Ok(commitment) : Refusal.Unknown.ToResult();

    /// <param name="status">"overdue" is what is late and not yet delivered; late deliveries count as fulfilled.</param>
    /// <param name="toLevel">A level, or "forum" for commitments made to the forum as a whole.</param>
    [WolverineGet("/api/commitments", Name = "ListCommitments")]
    [EndpointSummary("Tilsagn")]
    [EndpointDescription("Tilsagn i de temaer, du kan se, side for side. `status=overdue` er det, der er forsinket og ikke leveret endnu. `toLevel` kan også være `forum`.")]
    public static Task<Page<CommitmentView>> List(
        Actor actor, IQuerySession session, Guid? theme, CommitmentStatus? status, Level? fromLevel, Recipient? toLevel,
        Guid? after, int? limit, CancellationToken ct) =>
        CommitmentReads.ListAsync(session, actor, theme, status, fromLevel, toLevel, after, limit, ct);

    /// <summary>What each level promised each other level (or the forum), and how it went.</summary>
    [WolverineGet("/api/commitments/ledger", Name = "CommitmentLedger")]
    [EndpointSummary("Tilsagnsregnskabet")]
    [EndpointDescription("Hvad hvert niveau har lovet hvert andet niveau (eller forummet), og hvordan det er gået, for alle temaer eller ét.")]
    public static Task<Ledger> GetLedger(Actor actor, IQuerySession session, Guid? theme, CancellationToken ct) =>
        CommitmentReads.LedgerAsync(session, actor, theme, ct);
}
