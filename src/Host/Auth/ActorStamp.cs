using System.Diagnostics;
using Marten;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Auth;

/// <summary>
/// Wolverine middleware on every writing endpoint: records the acting person and the trace in the
/// metadata of each event the request appends. Correlation and causation ids come from the active
/// OpenTelemetry span through Marten itself.
/// </summary>
public static class ActorStamp
{
    public static void Before(HttpContext httpContext, IDocumentSession session)
    {
        var actor = Callers.Of(httpContext);
        session.LastModifiedBy = actor.Id.ToString();
        session.SetHeader(EventActor.RoleHeader, actor.ShownRole.ToString().ToLowerInvariant());
        if (Activity.Current is { } activity) session.SetHeader(EventActor.TraceHeader, activity.TraceId.ToString());
    }
}
