using System.ComponentModel.DataAnnotations;

namespace Politikerforum.Domain.Tests.Pacing;

public class when_a_pace_switch_is_refused
{
    [Fact]
    public void switching_to_normal_when_the_theme_is_normal_is_a_conflict() =>
        Then.Refused(SwitchingPace.Refuses(PaceStory.Theme(), PaceStory.Normal, Secretariat, Now), RefusalKind.Conflict, "allerede i normalt tempo");

    [Fact]
    public void switching_to_urgent_when_the_theme_is_urgent_is_a_conflict() =>
        Then.Refused(SwitchingPace.Refuses(PaceStory.Theme(PaceStory.SwitchedUrgent(Now.AddDays(1))), PaceStory.Urgent, AsAnne, Now),
            RefusalKind.Conflict, "allerede i hurtig handling");

    [Fact]
    public void an_archived_theme_is_a_conflict() =>
        Then.Refused(SwitchingPace.Refuses(PaceStory.Theme(Archived()), PaceStory.Urgent, Secretariat, Now), RefusalKind.Conflict, "arkiveret");

    [Fact]
    public void a_member_who_does_not_take_part_is_forbidden() =>
        Then.Refused(SwitchingPace.Refuses(PaceStory.Theme(), PaceStory.Urgent, AsMember(Guid.NewGuid()), Now), RefusalKind.Forbidden, "deltage i temaet");

    [Fact]
    public void a_closed_theme_is_not_found_for_a_member_outside_it() =>
        Then.Unknown(SwitchingPace.Refuses(Given.Theme(Opened(Visibility.Closed), Joined(Anne)), PaceStory.Urgent, AsBo, Now));

    [Fact]
    public void an_integrator_is_forbidden_in_a_public_theme_and_finds_no_forum_theme()
    {
        Then.Refused(SwitchingPace.Refuses(Given.Theme(Opened(Visibility.Public)), PaceStory.Urgent, Integrator, Now), RefusalKind.Forbidden, "deltage");
        Then.Unknown(SwitchingPace.Refuses(PaceStory.Theme(), PaceStory.Urgent, Integrator, Now));
    }

    [Fact]
    public void an_end_time_that_has_passed_is_invalid() =>
        Then.Refused(SwitchingPace.Refuses(PaceStory.Theme(), PaceStory.Urgent with { Until = Now }, Secretariat, Now), RefusalKind.Invalid, "fremtiden");

    [Fact]
    public void urgency_lasts_thirty_days_at_most()
    {
        Then.Allowed(SwitchingPace.Refuses(PaceStory.Theme(), PaceStory.Urgent with { Until = Now.AddDays(30) }, Secretariat, Now));
        Then.Refused(SwitchingPace.Refuses(PaceStory.Theme(), PaceStory.Urgent with { Until = Now.AddDays(30).AddMinutes(1) }, Secretariat, Now),
            RefusalKind.Invalid, "30 dage");
    }
}

public class when_checking_the_shape_of_a_pace_switch
{
    private static string[] Invalid(SwitchPace command)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(command, new ValidationContext(command), results, true);
        return results.SelectMany(r => r.MemberNames).Order().ToArray();
    }

    [Fact]
    public void urgent_needs_a_reason_and_an_end_time() => Assert.Equal(["Reason", "Until"], Invalid(new SwitchPace(Pace.Urgent, " ", null)));

    [Fact]
    public void normal_needs_neither_and_takes_no_end_time()
    {
        Assert.Empty(Invalid(PaceStory.Normal with { Reason = "Roen har sænket sig" }));
        Assert.Equal(["Until"], Invalid(PaceStory.Normal with { Until = Now.AddDays(1) }));
    }

    [Fact]
    public void the_pace_must_be_given() => Assert.Equal(["Pace"], Invalid(new SwitchPace(null, null, null)));
}
