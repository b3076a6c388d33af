using JasperFx.Events;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Integrations.Feed;

/// <summary>
/// A stored event with what the feed's rules and envelope use of it: its place in the global order, its id and time, the
/// domain event, and the role its actor acted in (<see cref="EventActor.RoleHeader"/>). The feed reads these straight
/// from the event table (<see cref="StoredEvents"/>); the broker relay gets Marten's events from the daemon and adapts them.
/// </summary>
public sealed record StoredEvent(long Sequence, Guid Id, DateTimeOffset Timestamp, object Data, string? Role)
{
    public static StoredEvent Of(IEvent e) => new(e.Sequence, e.Id, e.Timestamp, e.Data, EventActor.RoleOf(e));
}
