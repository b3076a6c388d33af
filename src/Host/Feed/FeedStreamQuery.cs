using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Host.Http;
using Politikerforum.Integrations.Feed;
using Politikerforum.Integrations.Feed.Stream;
using Wolverine.Http;

namespace Politikerforum.Host.Feed;

public static class FeedStreamQuery
{
    /// <summary>
    /// The feed live, as Server-Sent Events: <c>id:</c> is the sequence, <c>event:</c> the type, <c>data:</c> the CloudEvent.
    /// Reconnect with <c>Last-Event-ID</c> (browsers do it themselves) and the stream goes on after that event, with nothing
    /// missing and nothing twice; <c>after</c> does the same on the first connection. Without either it starts now.
    /// An idle stream sends a comment line as heartbeat.
    /// </summary>
    [WolverineGet("/api/feed/stream", Name = "FeedStream")]
    [EndpointDescription("De samme hændelser som feedet, live som Server-Sent Events, mens forbindelsen er åben.")]
    [Tags("Integrationer")]
    [EndpointSummary("Hændelser live som Server-Sent Events")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/event-stream")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden, "application/problem+json")]
    public static IResult Get(Actor actor, StreamListener listener, HttpContext http, long? after, string? types, Guid? theme)
    {
        if (FeedAccess.Refuses(actor) is { } refusal) return refusal.ToResult();
        var (filter, invalid) = FeedFilter.Parse(types, theme);
        if (invalid is not null) return invalid.ToResult();
        var lastEventId = http.Request.Headers["Last-Event-ID"].ToString();
        if (lastEventId.Length > 0 && !long.TryParse(lastEventId, out _))
            return Refusal.Invalid("Headeren Last-Event-ID skal være en sekvens fra strømmen.").ToResult();
        var resumeAfter = lastEventId.Length > 0 ? long.Parse(lastEventId) : after;
        return new EventStream(ctx => listener.RunAsync(ctx.Response, resumeAfter, filter!, ctx.RequestAborted));
    }

    private sealed class EventStream(Func<HttpContext, Task> run) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => run(httpContext);
    }
}
