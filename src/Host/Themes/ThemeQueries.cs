using Microsoft.AspNetCore.Mvc;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Themes;

public static class ThemeQueries
{
    [WolverineGet("/api/themes", Name = "ListThemes")]
    [EndpointSummary("Temaer")]
    [EndpointDescription("Temaerne, du kan se, side for side (`after` er det sidste id, du har fået). Filtrér på `archived` og `pace`.")]
    public static Task<Page<ThemeSummary>> List(
        Actor actor, IQuerySession session, bool? archived, Pace? pace, Guid? after, int? limit, CancellationToken ct) =>
        ThemeReads.ListAsync(session, actor, archived, pace, after, limit, ct);

    [WolverineGet("/api/themes/{id}", Name = "GetTheme")]
    [EndpointSummary("Ét tema")]
    [EndpointDescription("Temaet med beskrivelse, deltagere, tempo og kanal i Teams. Et tema, du ikke kan se, svarer 404 ligesom et, der ikke findes.")]
    [ProducesResponseType<ThemeDetail>(200)]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        await ThemeReads.GetAsync(session, id, actor, clock.GetUtcNow(), ct) is { } theme ? Results.Ok(theme) : Refusal.Unknown.ToResult();

    /// <summary>Participants, posts, experiments, lessons and decisions per level; absent levels; the most active bodies.</summary>
    [WolverineGet("/api/themes/{id}/levels", Name = "ThemeLevels")]
    [EndpointSummary("Temaet fordelt på niveauer")]
    [EndpointDescription("Deltagere, indlæg, eksperimenter, erfaringer og beslutninger pr. niveau (kommune, region, folketing, europaparlamentet), de niveauer, der mangler, og de mest aktive myndigheder.")]
    [ProducesResponseType<LevelsPicture>(200)]
    public static async Task<IResult> Levels(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await LevelsReads.GetAsync(session, id, actor, ct) is { } picture ? Results.Ok(picture) : Refusal.Unknown.ToResult();
}
