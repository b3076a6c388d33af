using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Host.Http;
using Politikerforum.Integrations.Feed;
using Wolverine.Http;

namespace Politikerforum.Host.Feed;

public static class FeedQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 5000;

    /// <summary>
    /// Every public event in global order, as a CloudEvents batch. <c>after</c> is the last <c>sequence</c> you have (0 or
    /// nothing for the beginning); the <c>Link: rel="next"</c> header says where to go on, also when nothing on this page
    /// was for you. <c>types</c> is a comma-separated list of event types (see /api/feed/schemas); <c>theme</c> keeps one theme.
    /// </summary>
    [WolverineGet("/api/feed", Name = "Feed")]
    [EndpointDescription("Alle offentlige hændelser i global rækkefølge som en CloudEvents-batch. `after` er den sidste `sequence`, du har (0 eller intet for begyndelsen); headeren `Link: rel=\"next\"` siger, hvor du fortsætter. `types` er en kommasepareret liste af hændelsestyper (se /api/feed/schemas); `theme` holder sig til ét tema.")]
    [Tags("Integrationer")]
    [EndpointSummary("Hændelsesfeed i global rækkefølge (CloudEvents batch)")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, FeedEnvelope.BatchMediaType)]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, "application/problem+json")]
    public static async Task<IResult> Get(
        Actor actor, FeedReader reader, HttpContext http, long? after, int? limit, string? types, Guid? theme,
        CancellationToken ct)
    {
        if (FeedAccess.Refuses(actor) is { } refusal) return refusal.ToResult();
        var (filter, invalid) = FeedFilter.Parse(types, theme);
        if (invalid is not null) return invalid.ToResult();
        var take = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        var batch = await reader.ReadAsync(Math.Max(after ?? 0, 0), take, filter!, ct);
        http.Response.Headers.Link = $"<{NextUrl(batch.Next, take, types, theme)}>; rel=\"next\"";
        return new Batch(batch.Items);
    }

    /// <summary>The page written to the response as it goes: a catch-up page holds thousands of events.</summary>
    private sealed class Batch(IReadOnlyList<FeedItem> items) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = FeedEnvelope.BatchMediaType;
            http.Response.ContentLength = FeedEnvelope.BatchLength(items);
            return FeedEnvelope.WriteBatchAsync(http.Response.BodyWriter, items, http.RequestAborted);
        }
    }

    private static string NextUrl(long next, int limit, string? types, Guid? theme) =>
        $"/api/feed?after={next}&limit={limit}"
        + (string.IsNullOrWhiteSpace(types) ? "" : $"&types={Uri.EscapeDataString(types)}")
        + (theme is { } t ? $"&theme={t}" : "");
}
