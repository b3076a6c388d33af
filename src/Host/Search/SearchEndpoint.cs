using Politikerforum.Domain.Themes;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine.Http;

namespace Politikerforum.Host.Search;

public static class SearchEndpoint
{
    /// <summary>Search the whole forum; <c>types</c> narrows to lessons, experiments, decisions and/or posts.</summary>
    [WolverineGet("/api/search", Name = "Search")]
    public static async Task<IResult> Get(
        Actor actor, IQuerySession session, ForumSearch search, string? q, string? types, int? limit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
            return Refusal.Invalid("Angiv, hvad der skal søges efter (q).").ToResult();
        var wanted = string.IsNullOrWhiteSpace(types)
            ? ForumSearch.Types
            : types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (wanted.Except(ForumSearch.Types).ToArray() is { Length: > 0 } unknown)
            return Refusal.Invalid($"Ukendt type: {string.Join(", ", unknown)}. Gyldige typer: {string.Join(", ", ForumSearch.Types)}.").ToResult();

        var themes = await VisibleThemes.IdsAsync(session, actor, null, ct);
        return Results.Ok(await search.SearchAsync(q.Trim(), wanted, themes, LessonAccess.OpenTo(actor), Page.Clamp(limit), ct));
    }
}
