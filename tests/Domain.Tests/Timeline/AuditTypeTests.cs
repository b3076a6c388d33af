using Politikerforum.Domain.Audit;

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
}
