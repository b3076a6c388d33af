using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Decisions;

public static class DecisionQueries
{
    [WolverineGet("/api/decisions/{id}", Name = "GetDecision")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await DecisionReads.GetAsync(session, id, actor, ct) is { } decision ? Results.Ok(decision) : Refusal.Unknown.ToResult();

    /// <summary>The decisions in the themes the caller may see, oldest first, each with its tally, tally per level and missing levels.</summary>
    [WolverineGet("/api/decisions", Name = "ListDecisions")]
    public static Task<Page<DecisionDetail>> List(
        Actor actor, IQuerySession session, Guid? theme, DecisionStatus? status, Guid? after, int? limit, CancellationToken ct) =>
        DecisionReads.ListAsync(session, actor, theme, status, after, limit, ct);
}
