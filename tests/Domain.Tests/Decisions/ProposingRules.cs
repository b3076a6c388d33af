using static Politikerforum.Domain.Tests.Decisions.Proposals;

namespace Politikerforum.Domain.Tests.Decisions;

public class when_proposing_a_decision
{
    private static readonly Guid DecisionId = Guid.NewGuid();
    private static readonly ProposeDecision Command =
        new(" Fælles vagtplan ", " Vi afprøver en fælles vagtplan. ", Now.AddDays(3), [Level.Region, Level.Kommune, Level.Region]);

    private static ProposeDecision DueIn(TimeSpan time) => Command with { Deadline = Now + time };

    private static Theme Urgent(Theme theme) => theme with { Pace = Pace.Urgent, UrgentUntil = Now.AddDays(1) };

    [Fact]
    public void a_participant_proposes_it_with_each_required_level_once()
    {
        Then.Allowed(Proposing.Refuses(WithAnneAndBo, Command, AsAnne, Now));
        Assert.Equivalent(
            new DecisionProposed(DecisionId, ThemeId, "Fælles vagtplan", "Vi afprøver en fælles vagtplan.", Now.AddDays(3),
                [Level.Kommune, Level.Region], Anne, Now),
            Proposing.Decide(DecisionId, WithAnneAndBo, Command, AsAnne, Now), strict: true);
    }

    [Fact]
    public void without_required_levels_it_asks_no_level_in_particular() =>
        Assert.Empty(Proposing.Decide(DecisionId, WithAnneAndBo, Command with { RequiredLevels = null }, AsAnne, Now).RequiredLevels);

    [Fact]
    public void the_secretariat_proposes_without_taking_part()
    {
        Then.Allowed(Proposing.Refuses(WithAnneAndBo, Command, Secretariat, Now));
        Assert.Equal(Secretariat.Id, Proposing.Decide(DecisionId, WithAnneAndBo, Command, Secretariat, Now).ProposedBy);
    }

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void someone_who_does_not_take_part_is_forbidden(Role role) =>
        Then.Refused(Proposing.Refuses(Given.Theme(Opened(Visibility.Public)), Command, In(role), Now), RefusalKind.Forbidden, "deltage");

    [Fact]
    public void a_theme_the_caller_cannot_see_is_not_found() =>
        Then.Unknown(Proposing.Refuses(Given.Theme(Opened(Visibility.Closed), Joined(Anne)), Command, AsBo, Now));

    [Fact]
    public void an_archived_theme_is_a_conflict() =>
        Then.Refused(Proposing.Refuses(Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived()), Command, AsAnne, Now),
            RefusalKind.Conflict, "arkiveret");

    [Fact]
    public void in_normal_pace_members_get_at_least_two_days()
    {
        Then.Allowed(Proposing.Refuses(WithAnneAndBo, DueIn(TimeSpan.FromDays(2)), AsAnne, Now));
        Then.Refused(Proposing.Refuses(WithAnneAndBo, DueIn(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1)), AsAnne, Now),
            RefusalKind.Invalid, "to døgn");
        Then.Refused(Proposing.Refuses(WithAnneAndBo, DueIn(TimeSpan.FromHours(1)), AsAnne, Now), RefusalKind.Invalid, "hurtig handling");
    }

    [Fact]
    public void in_urgent_pace_an_hour_will_do()
    {
        Then.Allowed(Proposing.Refuses(Urgent(WithAnneAndBo), DueIn(TimeSpan.FromHours(1)), AsAnne, Now));
        Then.Refused(Proposing.Refuses(Urgent(WithAnneAndBo), DueIn(TimeSpan.FromMinutes(59)), AsAnne, Now), RefusalKind.Invalid, "en time");
    }

    [Fact]
    public void a_deadline_in_the_past_is_invalid() =>
        Then.Refused(Proposing.Refuses(Urgent(WithAnneAndBo), DueIn(TimeSpan.FromHours(-1)), AsAnne, Now), RefusalKind.Invalid, "fremtiden");

    [Fact]
    public void the_deadline_is_at_most_a_year_ahead()
    {
        Then.Allowed(Proposing.Refuses(WithAnneAndBo, Command with { Deadline = Now.AddYears(1) }, AsAnne, Now));
        Then.Refused(Proposing.Refuses(WithAnneAndBo, Command with { Deadline = Now.AddYears(1).AddMinutes(1) }, AsAnne, Now),
            RefusalKind.Invalid, "et år");
    }
}
