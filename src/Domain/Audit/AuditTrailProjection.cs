using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain.Audit;

/// <summary>Writes an <see cref="AuditEntry"/> for every event in the forum, as it is appended.</summary>
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
            ActorRole = described?.Unnamed ?? EventActor.RoleOf(e),
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
        UrgentNoticesChosen => "member.urgent-notices-chosen",
        ApplicationSubmitted => "application.submitted",
        ApplicationApproved => "application.approved",
        ApplicationRejected => "application.rejected",
        OrganisationRegistered => "organisation.registered",
        StaffMemberRegistered => "staff.registered",
        _ => null
    };
}
