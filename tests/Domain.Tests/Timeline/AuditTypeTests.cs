using Politikerforum.Domain.Audit;
using Politikerforum.Domain.Applications;

namespace Politikerforum.Domain.Tests.Timeline;

public class when_naming_events_outside_themes_for_the_audit_trail
{
    [Fact]
    public void members_organisations_and_staff_have_names_in_the_timelines_style()
    {
        object[] events =
        [
            Registered(Anne), new MemberProfileUpdated(Anne, "A", "a@b.dk", Level.Kommune, "B", null, Anne, Now), LeftForum(Anne),
            new OrganisationRegistered(Guid.NewGuid(), "Resonans", Admin.Id, Now),
            new StaffMemberRegistered(Guid.NewGuid(), "Sofie Dahl", "sd@resonans.dk", Guid.NewGuid(), null, Admin.Id, Now)
        ];

        Assert.Equal(["member.registered", "member.profile-updated", "member.left-forum", "organisation.registered", "staff.registered"],
            events.Select(AuditTrailProjection.TypeOutsideThemes));
        Assert.All(events, e => Assert.Null(TimelineDescriptions.Describe(e)));
    }

    [Fact]
    public void theme_events_are_named_by_the_timeline() =>
        Assert.Null(AuditTrailProjection.TypeOutsideThemes(Opened(Visibility.Forum)));

    [Fact]
    public void a_member_acting_on_their_own_data_is_told_apart_from_someone_acting_for_them()
    {
        var updated = new MemberProfileUpdated(Anne, "Anne Berg", "a@b.dk", Level.Kommune, "Aarhus Kommune", null, Anne, Now);
        Assert.Equal(new DescribedOutside("member.profile-updated", "Opdaterede sin profil", Anne), AuditDescriptions.Describe(updated, Anne));
        Assert.Equal(new DescribedOutside("member.profile-updated", "Opdaterede profilen for {deltager}", Anne), AuditDescriptions.Describe(updated, Admin.Id));
        Assert.Equal("Meldte sig ud af forummet", AuditDescriptions.Describe(LeftForum(Anne), Anne)!.Summary);
        Assert.Equal("Hentede en kopi af oplysningerne om {deltager}", AuditDescriptions.Describe(new MemberDataExported(Anne, Admin.Id, Now), Admin.Id)!.Summary);
    }

    [Fact]
    public void a_summary_names_no_person_in_its_text_so_an_erasure_leaves_nothing_behind()
    {
        object[] events =
        [
            Registered(Anne), new MemberProfileUpdated(Anne, "Anne Berg", "anne@rm.dk", Level.Kommune, "Aarhus Kommune", "B", Admin.Id, Now),
            new MemberErased(Anne, "Anne Berg bad om det", Admin.Id, Now),
            new ApplicationSubmitted(Guid.NewGuid(), "Anne Berg", "Aarhus Kommune", "anne-oid", Now),
            new StaffMemberRegistered(Guid.NewGuid(), "Sofie Dahl", "sd@resonans.dk", Guid.NewGuid(), "sofie-oid", Admin.Id, Now)
        ];
        foreach (var e in events)
        {
            var summary = AuditDescriptions.Describe(e, Admin.Id)!.Summary;
            foreach (var personal in new[] { "Anne", "Berg", "Sofie", "@", "oid", "Aarhus" }) Assert.DoesNotContain(personal, summary);
        }
    }
}
