using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Search;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Search;

public static class SearchEndpoint
{
    /// <summary>Search the whole forum, a page of hits at a time; <c>types</c> narrows to lessons, experiments, decisions and/or posts.</summary>
    [WolverineGet("/api/search", Name = "Search")]
    public static async Task<IResult> Get(
        Actor actor, IQuerySession session, ForumSearch search, string? q, string? types, Guid? after, int? limit, CancellationToken ct)
    {
        var wanted = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ForumSearch.Refuses(q, wanted) is { } refusal
            ? refusal.ToResult()
            : Results.Ok(await search.SearchAsync(session, actor, q!, wanted, after, limit, ct));
    }
}
