using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain.Audit;

/// <param name="Summary">Danish, in the timeline's style, with "{deltager}" where <paramref name="SubjectMemberId"/>'s name goes.</param>
/// <param name="SubjectMemberId">The member the event is about, named when the entry is shown, never copied in.</param>
public sealed record DescribedOutside(string Type, string Summary, Guid? SubjectMemberId = null);

/// <summary>
/// The type name and the short Danish summary of the events that belong to no theme: members, applications,
/// organisations, staff. Events in a theme are described once, by <see cref="TimelineDescriptions"/>. A summary names
/// no person in its text: names are read from the registry when the entry is shown, so an erased member leaves none here.
/// </summary>
public static class AuditDescriptions
{
    private const string Subject = TimelineDescriptions.SubjectPlaceholder;

    /// <param name="actor">Who appended the event: a member acting on their own data is told apart from someone acting for them.</param>
    public static DescribedOutside? Describe(object data, Guid actor) => data switch
    {
        MemberRegistered e => new("member.registered", $"Registrerede {Subject} som medlem", e.MemberId),
        MemberProfileUpdated e when e.MemberId == actor => new("member.profile-updated", "Opdaterede sin profil", e.MemberId),
        MemberProfileUpdated e => new("member.profile-updated", $"Opdaterede profilen for {Subject}", e.MemberId),
        MemberLeftForum e when e.MemberId == actor => new("member.left-forum", "Meldte sig ud af forummet", e.MemberId),
        MemberLeftForum e => new("member.left-forum", $"Meldte {Subject} ud af forummet", e.MemberId),
        // After the erasure the member is only "Tidligere medlem"; the entry says what was done, not to whom.
        MemberErased => new("member.erased", "Slettede et medlems personoplysninger"),
        MemberDataExported e when e.MemberId == actor => new("member.data-exported", "Hentede en kopi af sine egne oplysninger", e.MemberId),
        MemberDataExported e => new("member.data-exported", $"Hentede en kopi af oplysningerne om {Subject}", e.MemberId),
        UrgentNoticesChosen e => new("member.urgent-notices-chosen", e.Notify
            ? "Valgte at få besked med det samme, når et tema går i hurtig handling"
            : "Valgte ikke at få besked, når et tema går i hurtig handling", e.MemberId),
        ApplicationSubmitted => new("application.submitted", "Søgte om medlemskab af forummet"),
        ApplicationApproved e => new("application.approved", $"Godkendte en ansøgning om medlemskab og registrerede {Subject} som medlem", e.MemberId),
        ApplicationRejected => new("application.rejected", "Afviste en ansøgning om medlemskab"),
        OrganisationRegistered e => new("organisation.registered", $"Registrerede organisationen »{e.Name}«"),
        StaffMemberRegistered => new("staff.registered", "Registrerede en medarbejder i sekretariatet"),
        _ => null
    };

    /// <summary>What the trail says of an event the forum has no words for (one from a later version, say).</summary>
    public static string Unnamed(string type) => $"Hændelse i systemet ({type})";
}
