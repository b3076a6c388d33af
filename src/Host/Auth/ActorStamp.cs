using System.Diagnostics;
using Marten;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Auth;

/// <summary>
/// Wolverine middleware on every writing endpoint: records the acting person and the trace in the
/// metadata of each event the request appends. The correlation id is the trace id (Wolverine sets it);
/// the causation id is the caller's span when it sent a <c>traceparent</c>, else this request's own span.
/// </summary>
public static class ActorStamp
{
    public static void Before(HttpContext httpContext, IDocumentSession session)
    {
        var actor = Callers.Of(httpContext);
        session.LastModifiedBy = actor.Id.ToString();
        session.SetHeader(EventActor.RoleHeader, actor.ShownRole.ToString().ToLowerInvariant());
        if (Activity.Current is not { } activity) return;
        session.SetHeader(EventActor.TraceHeader, activity.TraceId.ToString());
        // Marten records the parent span as the cause, but a request without traceparent has none.
        session.CausationId ??= activity.Id;
    }
}
