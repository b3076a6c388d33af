using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain.Audit;

/// <summary>
/// One event in the audit trail: who did what and when, anywhere in the forum. Keyed by the event's
/// global sequence, which is also the paging cursor. Names are not copied in but read when shown, so
/// an erased member leaves no name here. A Chatham House author is never recorded, not even as an id.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset Time { get; set; }
    /// <summary>Null where the actor must not be known: the author of a Chatham House lesson.</summary>
    public Guid? ActorId { get; set; }
    public string? ActorRole { get; set; }
    public string Type { get; set; } = "";
    /// <summary>Null for what happens outside themes: members, organisations, staff.</summary>
    public Guid? ThemeId { get; set; }
    public Guid? ItemId { get; set; }
}

public partial class AuditTrailProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        var described = TimelineDescriptions.Describe(e.Data);
        var anonymous = described?.Anonymous == true;
        operations.Store(new AuditEntry
        {
            Id = e.Sequence,
            Time = TimelineProjection.AsStored(e.Timestamp),
            ActorId = anonymous ? null : EventActor.IdOf(e),
            ActorRole = anonymous ? EventActor.Anonymous : EventActor.RoleOf(e),
            Type = described?.Type ?? TypeOutsideThemes(e.Data) ?? e.EventTypeName,
            ThemeId = described?.ThemeId,
            ItemId = described?.ItemId ?? (described is null ? e.StreamId : null)
        });
        return ValueTask.CompletedTask;
    }

    /// <summary>Names in the timeline's style for the events that belong to no theme.</summary>
    public static string? TypeOutsideThemes(object data) => data switch
    {
        MemberRegistered => "member.registered",
        MemberProfileUpdated => "member.profile-updated",
        MemberLeftForum => "member.left-forum",
        MemberErased => "member.erased",
        MemberDataExported => "member.data-exported",
        OrganisationRegistered => "organisation.registered",
        StaffMemberRegistered => "staff.registered",
        _ => null
    };
}
