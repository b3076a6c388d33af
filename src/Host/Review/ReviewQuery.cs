using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Review;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Review;

public static class ReviewQuery
{
    public static ProblemDetails Validate(Actor actor) => ReviewReads.Refuses(actor).ToProblem();

    /// <summary>The weekly review across every theme; <c>since</c> defaults to a week ago.</summary>
    [WolverineGet("/api/review", Name = "ForumReview")]
    [EndpointSummary("Ugens overblik")]
    [EndpointDescription("Det, der er sket på tværs af alle temaer siden `since` (som standard en uge): nye og afsluttede eksperimenter, nye erfaringer (Chatham House respekteret), forslag tæt på fristen med de niveauer, der mangler, åbne, snart forfaldne og forsinkede tilsagn, temposkift og temaer uden aktivitet. Kun sekretariatet og administratorer.")]
    public static Task<ForumReview> Get(Actor actor, IQuerySession session, TimeProvider clock, DateTimeOffset? since, CancellationToken ct) =>
        ReviewReads.ReadAsync(session, actor, since, clock.GetUtcNow(), ct);
}
