using static Politikerforum.Domain.Tests.Decisions.Proposals;

namespace Politikerforum.Domain.Tests.Decisions;

public class when_concluding_a_decision
{
    private static readonly ConcludeDecision Adopt = new(DecisionOutcome.Adopted, "  Alle niveauer støtter.  ", Today.AddDays(90));

    private static Refusal? Refuses(Decision decision, ConcludeDecision command, Actor actor, Theme? theme = null) =>
        ConcludingDecisions.Refuses(decision, theme ?? WithAnneAndBo, command, actor, Now);

    [Fact]
    public void the_proposer_adopts_it_with_a_rationale_and_a_review_date()
    {
        var proposed = Proposed(Anne);
        var decision = Given.Decision(proposed, Took(proposed, Bo, Position.Support));

        Then.Allowed(Refuses(decision, Adopt, AsAnne));
        var concluded = ConcludingDecisions.Decide(decision, Adopt, AsAnne, Now);
        Assert.Equal(new DecisionConcluded(proposed.DecisionId, ThemeId, DecisionOutcome.Adopted, "Alle niveauer støtter.", Today.AddDays(90), Anne, Now)
            { ItemTitle = proposed.Title }, concluded);
        var adopted = Given.Decision(proposed, concluded);
        Assert.Equal((DecisionStatus.Adopted, "Alle niveauer støtter.", Today.AddDays(90)), (adopted.Status, adopted.Rationale, adopted.ReviewOn));
    }

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void the_secretariat_rejects_it_without_a_review_date(Role role)
    {
        var proposed = Proposed(Anne);
        var reject = new ConcludeDecision(DecisionOutcome.Rejected, "For dyrt.", null);

        Then.Allowed(Refuses(Given.Decision(proposed), reject, In(role)));
        Assert.Equal(DecisionStatus.Rejected, Given.Decision(proposed, ConcludingDecisions.Decide(Given.Decision(proposed), reject, In(role), Now)).Status);
    }

    [Fact]
    public void a_decision_closed_for_positions_is_concluded_as_usual()
    {
        var proposed = Proposed(Anne);
        Then.Allowed(Refuses(Given.Decision(proposed, ClosedForPositions(proposed)), Adopt, AsAnne));
    }

    [Fact]
    public void another_member_is_forbidden() =>
        Then.Refused(Refuses(Given.Decision(Proposed(Anne)), Adopt, AsBo), RefusalKind.Forbidden, "forslagsstilleren");

    [Fact]
    public void an_integrator_is_forbidden_in_a_public_theme() =>
        Then.Refused(Refuses(Given.Decision(Proposed(Anne)), Adopt, Integrator, Given.Theme(Opened(Visibility.Public))), RefusalKind.Forbidden, "sekretariatet");

    [Fact]
    public void in_a_theme_the_caller_cannot_see_the_decision_is_not_found() =>
        Then.Unknown(Refuses(Given.Decision(Proposed(Anne)), Adopt, AsAnne, Given.Theme(Opened(Visibility.Closed), Joined(Bo))));

    [Fact]
    public void in_an_archived_theme_it_is_a_conflict() =>
        Then.Refused(Refuses(Given.Decision(Proposed(Anne)), Adopt, AsAnne, Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived())),
            RefusalKind.Conflict, "arkiveret");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void the_review_date_must_be_after_today(int days)
    {
        Then.Refused(Refuses(Given.Decision(Proposed(Anne)), Adopt with { ReviewOn = Today.AddDays(days) }, AsAnne), RefusalKind.Invalid, "efter i dag");
        Then.Allowed(Refuses(Given.Decision(Proposed(Anne)), Adopt with { ReviewOn = Today.AddDays(1) }, AsAnne));
    }

    [Fact]
    public void concluding_twice_or_after_withdrawing_is_a_conflict()
    {
        var proposed = Proposed(Anne);
        Then.Refused(Refuses(Given.Decision(proposed, Concluded(proposed)), Adopt, AsAnne), RefusalKind.Conflict, "allerede");
        Then.Refused(Refuses(Given.Decision(proposed, Concluded(proposed, DecisionOutcome.Rejected)), Adopt, Secretariat), RefusalKind.Conflict, "allerede");
        Then.Refused(Refuses(Given.Decision(proposed, Withdrawn(proposed)), Adopt, AsAnne), RefusalKind.Conflict, "trukket tilbage");
    }
}
