using JasperFx.Events;
using Marten.Events.Projections;

namespace Politikerforum.Floor;

/// <summary>One small document per event, as a timeline entry is (keyed by the event's id: Marten 9's default quick
/// append leaves the sequence 0 in inline projections).</summary>
public sealed record TimelineEntry(Guid Id, Guid ThemeId, Guid MemberId, string Kind, DateTimeOffset Time);

/// <summary>One small document per event, keyed by the event's id, as an audit entry is.</summary>
public sealed record AuditEntry(Guid Id, Guid ActorId, Guid StreamId, string Action, DateTimeOffset Time);

/// <summary>FLOOR_ENTRIES=1 or more: the timeline's one insert per event.</summary>
public sealed partial class TimelineEntries : EventProjection
{
    public TimelineEntry Create(IEvent<PositionTaken> e) => new(e.Id, e.Data.ThemeId, e.Data.MemberId, "position", e.Timestamp);
}

/// <summary>FLOOR_ENTRIES=2: the audit trail's one insert per event.</summary>
public sealed partial class AuditEntries : EventProjection
{
    public AuditEntry Create(IEvent<PositionTaken> e) => new(e.Id, e.Data.MemberId, e.StreamId, "position-taken", e.Timestamp);
}
