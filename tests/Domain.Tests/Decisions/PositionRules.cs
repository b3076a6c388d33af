using static Politikerforum.Domain.Tests.Decisions.Proposals;

namespace Politikerforum.Domain.Tests.Decisions;

public class when_taking_a_position
{
    private static readonly Member MemberAnne = Given.Member(Registered(Anne));
    private static readonly Member MemberBo = Given.Member(Registered(Bo));
    private static readonly TakePosition Supports = new(Position.Support, "  Det giver mening for os.  ");

    [Fact]
    public void a_participant_takes_a_position_as_a_member_of_their_level_and_body()
    {
        var proposed = Proposed();

        Then.Allowed(TakingPositions.Refuses(Given.Decision(proposed), WithAnneAndBo, MemberBo, AsBo, Now));
        Assert.Equal(
            new PositionTaken(proposed.DecisionId, ThemeId, Bo, Level.Region, "Region Midtjylland", Position.Support, "Det giver mening for os.", Now) { ItemTitle = proposed.Title },
            TakingPositions.Decide(Given.Decision(proposed), MemberBo, Supports, Now));
    }

    [Fact]
    public void a_blank_reason_is_no_reason() =>
        Assert.Null(TakingPositions.Decide(Given.Decision(Proposed()), MemberAnne, Supports with { Reason = "  " }, Now).Reason);

    [Fact]
    public void a_new_position_replaces_the_members_current_one()
    {
        var proposed = Proposed();

        var decision = Given.Decision(proposed, Took(proposed, Anne, Position.Support), Took(proposed, Bo, Position.Abstain),
            Took(proposed, Anne, Position.Object));

        Assert.Equal([(Bo, Position.Abstain), (Anne, Position.Object)], decision.Positions.Select(p => (p.MemberId, p.Position)));
        Assert.Equal(4, decision.Version);
    }

    [Fact]
    public void a_member_changes_their_position_until_the_deadline()
    {
        var proposed = Proposed(deadline: Now.AddMinutes(1));

        Then.Allowed(TakingPositions.Refuses(Given.Decision(proposed, Took(proposed, Anne, Position.Support)), WithAnneAndBo, MemberAnne, AsAnne, Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void at_or_after_the_deadline_it_is_a_conflict(int minutesLate) =>
        Then.Refused(TakingPositions.Refuses(Given.Decision(Proposed(deadline: Now.AddMinutes(-minutesLate))), WithAnneAndBo, MemberAnne, AsAnne, Now),
            RefusalKind.Conflict, "ikke længere");

    public static TheoryData<string> Ended => ["closed", "adopted", "rejected", "withdrawn"];

    [Theory]
    [MemberData(nameof(Ended))]
    public void a_decision_closed_concluded_or_withdrawn_takes_no_positions(string ending)
    {
        var proposed = Proposed();
        object end = ending switch
        {
            "closed" => ClosedForPositions(proposed),
            "adopted" => Concluded(proposed),
            "rejected" => Concluded(proposed, DecisionOutcome.Rejected),
            _ => Withdrawn(proposed)
        };

        Then.Refused(TakingPositions.Refuses(Given.Decision(proposed, end), WithAnneAndBo, MemberAnne, AsAnne, Now), RefusalKind.Conflict, "ikke længere");
    }

    [Fact]
    public void a_member_who_does_not_take_part_in_the_theme_is_forbidden() =>
        Then.Refused(TakingPositions.Refuses(Given.Decision(Proposed()), Given.Theme(Opened(Visibility.Forum), Joined(Anne)), MemberBo, AsBo, Now),
            RefusalKind.Forbidden, "deltagende medlemmer");

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void the_secretariat_has_no_position_to_take(Role role) =>
        Then.Refused(TakingPositions.Refuses(Given.Decision(Proposed()), WithAnneAndBo, null, In(role), Now), RefusalKind.Forbidden, "deltagende medlemmer");

    [Fact]
    public void in_a_theme_the_caller_cannot_see_the_decision_is_not_found() =>
        Then.Unknown(TakingPositions.Refuses(Given.Decision(Proposed()), Given.Theme(Opened(Visibility.Closed), Joined(Anne)), MemberBo, AsBo, Now));

    [Fact]
    public void in_an_archived_theme_it_is_a_conflict() =>
        Then.Refused(TakingPositions.Refuses(Given.Decision(Proposed()), Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived()), MemberAnne, AsAnne, Now),
            RefusalKind.Conflict, "arkiveret");
}
