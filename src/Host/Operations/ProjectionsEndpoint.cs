using Microsoft.AspNetCore.Mvc;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Operations;

public static class ProjectionsEndpoint
{
    private static readonly Refusal NotForYou =
        Refusal.Forbidden("Kun administratorer kan se, hvordan forummets læsemodeller har det.");

    /// <summary>Each projection's position against the event store's high-water mark, its lag and its last rebuild, for admins.</summary>
    [WolverineGet("/api/admin/projections", Name = "Projections")]
    [EndpointSummary("Læsemodellernes tilstand")]
    [EndpointDescription("Hver læsemodels position i forhold til hændelseslagerets højvandsmærke, efterslæb og seneste genopbygning. Kun administratorer.")]
    [ProducesResponseType<ProjectionsView>(200)]
    public static async Task<IResult> Get(Actor caller, IDocumentStore store, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        caller.Is(Role.Admin)
            ? Results.Ok(await ProjectionStatus.ReadAsync(store, session, clock.GetUtcNow(), ct))
            : NotForYou.ToResult();
}
