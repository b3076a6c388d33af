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
    public static Task<MeView> Get(Actor actor, IQuerySession session, CancellationToken ct) => WhoAmI.ReadAsync(session, actor, ct);
}
