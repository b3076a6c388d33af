using static Politikerforum.Domain.Tests.Decisions.Proposals;

namespace Politikerforum.Domain.Tests.Decisions;

public class when_withdrawing_a_decision
{
    [Fact]
    public void the_proposer_withdraws_it_with_a_reason()
    {
        var proposed = Proposed(Anne);

        Then.Allowed(WithdrawingDecisions.Refuses(Given.Decision(proposed), WithAnneAndBo, AsAnne));
        var withdrawn = WithdrawingDecisions.Decide(Given.Decision(proposed), new WithdrawDecision(" Overhalet af ny lov. "), AsAnne, Now);
        Assert.Equal(new DecisionWithdrawn(proposed.DecisionId, ThemeId, "Overhalet af ny lov.", Anne, Now) { ItemTitle = proposed.Title }, withdrawn);
        Assert.Equal((DecisionStatus.Withdrawn, "Overhalet af ny lov."), (Given.Decision(proposed, withdrawn).Status, Given.Decision(proposed, withdrawn).Rationale));
    }

    [Fact]
    public void the_secretariat_withdraws_it_and_a_blank_reason_is_no_reason()
    {
        var proposed = Proposed(Anne);

        Then.Allowed(WithdrawingDecisions.Refuses(Given.Decision(proposed, ClosedForPositions(proposed)), WithAnneAndBo, Secretariat));
        Assert.Null(WithdrawingDecisions.Decide(Given.Decision(proposed), new WithdrawDecision(" "), Secretariat, Now).Reason);
    }

    [Fact]
    public void another_member_is_forbidden() =>
        Then.Refused(WithdrawingDecisions.Refuses(Given.Decision(Proposed(Anne)), WithAnneAndBo, AsBo), RefusalKind.Forbidden, "forslagsstilleren");

    [Fact]
    public void withdrawing_twice_or_after_concluding_is_a_conflict()
    {
        var proposed = Proposed(Anne);
        Then.Refused(WithdrawingDecisions.Refuses(Given.Decision(proposed, Withdrawn(proposed)), WithAnneAndBo, AsAnne), RefusalKind.Conflict, "allerede");
        Then.Refused(WithdrawingDecisions.Refuses(Given.Decision(proposed, Concluded(proposed)), WithAnneAndBo, AsAnne), RefusalKind.Conflict, "afgjort");
    }
}
