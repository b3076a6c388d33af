using Microsoft.AspNetCore.Mvc;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Timeline;

public static class TimelineQuery
{
    /// <summary>
    /// Every event of a theme, oldest first (<c>order=desc</c>: newest first). <c>after</c> is the last sequence seen, in that
    /// order; <c>types</c> is a comma-separated list; <c>member</c> the member who acted; <c>q</c> words in the summary.
    /// </summary>
    [WolverineGet("/api/themes/{id}/timeline", Name = "ThemeTimeline")]
    [EndpointSummary("Et temas tidslinje")]
    [EndpointDescription("Alle temaets hændelser, ældste først, med en dansk sammenfatning af hver. `after` er den sidste `sequence`, du har fået. Filtrér på `types` (kommasepareret), `level`, `from`/`to`, `member` (den, der handlede) og `q` (ord i sammenfatningen).")]
    [ProducesResponseType<Page<TimelineItem>>(200)]
    [CommaSeparated("types", typeof(TimelineDescriptions), nameof(TimelineDescriptions.Types))]
    public static async Task<IResult> Get(
        Guid id, Actor actor, IQuerySession session, RegistryCache registry,
        long? after, int? limit, string? types, Level? level, DateTimeOffset? from, DateTimeOffset? to, Guid? member, string? q,
        Order? order, CancellationToken ct)
    {
        var filter = new TimelineFilter(
            (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), level, from, to, member, q);
        // Input first, as for commands: a bad type is a 400 whether or not the caller may see the theme.
        if (filter.Refuses() is { } refusal) return refusal.ToResult();
        return await TimelineReads.PageAsync(session, id, actor, filter, after, limit, ct, order ?? Order.Asc, registry) is { } page
            ? new TimelinePageJson(page)
            : Refusal.Unknown.ToResult();
    }
}
