using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Members;

/// <summary>Who am I: the person behind the token, their role and their themes, for every registered caller.</summary>
public static class MeQuery
{
    public static ProblemDetails Validate(Actor actor) => WhoAmI.Refuses(actor).ToProblem();

    [WolverineGet("/api/me", Name = "WhoAmI")]
    [EndpointSummary("Hvem er jeg")]
    [EndpointDescription("Personen bag dit token: id, navn, den rolle du handler i, og de temaer du deltager i. Virker for medlemmer, sekretariatets medarbejdere og administratorer; start her.")]
    [ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static Task<MeView> Get(Actor actor, IQuerySession session, CancellationToken ct) => WhoAmI.ReadAsync(session, actor, ct);
}
