using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every event in the forum, as it is appended. The summary of an event in a
/// theme is its timeline entry's (same sequence), read when shown: a retraction or an erasure that changes the
/// timeline's words changes the trail's with them. Events outside themes get theirs here (<see cref="AuditDescriptions"/>).
/// </summary>
public partial class AuditTrailProjection : EventProjection
{
    /// <summary>An insert, not an upsert: one entry per event, keyed by its sequence, so a rebuild sends them by COPY (ForumStore).</summary>
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var described = TimelineDescriptions.Describe(e.Data);
        var anonymous = described?.Anonymous == true;
        var actor = EventActor.IdOf(e);
        var outside = described is null ? AuditDescriptions.Describe(e.Data, actor) : null;
        operations.Insert(new AuditEntry
        {
            Id = e.Sequence,
            Time = TimelineProjection.AsStored(e.Timestamp),
            ActorId = anonymous ? null : actor,
            ActorRole = described?.Unnamed ?? EventActor.RoleOf(e),
            Type = described?.Type ?? outside?.Type ?? e.EventTypeName,
            ThemeId = described?.ThemeId,
            ItemId = described?.ItemId ?? (described is null ? e.StreamId : null),
            Summary = described is null ? outside?.Summary ?? AuditDescriptions.Unnamed(e.EventTypeName) : null,
            SubjectMemberId = outside?.SubjectMemberId
        });
        return ValueTask.CompletedTask;
    }

    /// <summary>Names in the timeline's style for the events that belong to no theme.</summary>
    public static string? TypeOutsideThemes(object data) => AuditDescriptions.Describe(data, Guid.Empty)?.Type;
}
