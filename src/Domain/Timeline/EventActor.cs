using JasperFx.Events;

namespace Politikerforum.Domain.Timeline;

/// <summary>
/// Who appended an event, as recorded in the event metadata: <c>user_name</c> holds the actor id,
/// the <c>actor-role</c> header the role they acted in.
/// </summary>
public static class EventActor
{
    public const string RoleHeader = "actor-role";
    public const string TraceHeader = "trace-id";

    /// <summary>The role shown for an author the forum must not name.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>The role shown for a member whose act is counted but not attributed: an endorsement.</summary>
    public const string UnnamedMember = "unnamed-member";

    public static Guid IdOf(IEvent e) => Guid.TryParse(e.UserName, out var id) ? id : Guid.Empty;

    public static string? RoleOf(IEvent e) =>
        e.Headers is { } headers && headers.TryGetValue(RoleHeader, out var role) ? role?.ToString() : null;
}
