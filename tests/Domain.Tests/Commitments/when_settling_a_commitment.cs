using Politikerforum.Domain.Commitments;
using static Politikerforum.Domain.Tests.Commitments.CommitmentStory;

namespace Politikerforum.Domain.Tests.Commitments;

public class when_settling_a_commitment
{
    private static readonly CommitmentMade ByAnne = Made();
    private static readonly Commitment Open = GivenCommitment(ByAnne);
    private static readonly FulfilCommitment Delivered = new("  Tallene er sendt til regionen.  ");
    private static readonly WithdrawCommitment NotPossible = new(" Budgettet faldt. ");

    [Fact]
    public void the_member_who_committed_fulfils_it_in_time()
    {
        Then.Allowed(Settling.Refuses(Open, WithAnneAndBo, AsAnne));
        var fulfilled = Settling.Fulfil(Open, Delivered, AsAnne, Now);

        Assert.Equal(new CommitmentFulfilled(Open.Id, ThemeId, "Tallene er sendt til regionen.", false, Anne, Now), fulfilled);
        var after = GivenCommitment(ByAnne, fulfilled);
        Assert.Equal((CommitmentStatus.Fulfilled, false, "Tallene er sendt til regionen."), (after.Status, after.WasOverdue, after.Settlement));
    }

    [Fact]
    public void the_member_who_committed_withdraws_it_with_a_reason()
    {
        var withdrawn = Settling.Withdraw(Open, NotPossible, AsAnne, Now);

        Assert.Equal(new CommitmentWithdrawn(Open.Id, ThemeId, "Budgettet faldt.", false, Anne, Now), withdrawn);
        Assert.Equal(CommitmentStatus.Withdrawn, GivenCommitment(ByAnne, withdrawn).Status);
    }

    [Fact]
    public void the_secretariat_may_settle_it_on_the_members_behalf()
    {
        Then.Allowed(Settling.Refuses(Open, WithAnneAndBo, Secretariat));
        Assert.Equal(Secretariat.Id, Settling.Fulfil(Open, Delivered, Secretariat, Now).FulfilledBy);
    }

    [Fact]
    public void an_overdue_commitment_may_still_be_fulfilled_and_stays_marked_late()
    {
        var overdue = GivenCommitment(ByAnne, Overdue(ByAnne));
        Then.Allowed(Settling.Refuses(overdue, WithAnneAndBo, AsAnne));

        var fulfilled = Settling.Fulfil(overdue, Delivered, AsAnne, DueAt.AddDays(3));

        Assert.True(fulfilled.Late);
        var after = GivenCommitment(ByAnne, Overdue(ByAnne), fulfilled);
        Assert.Equal((CommitmentStatus.Fulfilled, true), (after.Status, after.WasOverdue));
    }

    [Fact]
    public void delivered_after_the_date_is_late_even_before_it_was_flagged() =>
        Assert.True(GivenCommitment(ByAnne, Settling.Fulfil(Open, Delivered, AsAnne, DueAt)).WasOverdue);

    [Fact]
    public void an_overdue_commitment_may_be_withdrawn_and_stays_marked_late()
    {
        var withdrawn = Settling.Withdraw(GivenCommitment(ByAnne, Overdue(ByAnne)), NotPossible, AsAnne, DueAt.AddDays(1));

        var after = GivenCommitment(ByAnne, Overdue(ByAnne), withdrawn);
        Assert.Equal((CommitmentStatus.Withdrawn, true), (after.Status, after.WasOverdue));
    }

    [Fact]
    public void another_member_may_not_settle_it() =>
        Then.Refused(Settling.Refuses(Open, WithAnneAndBo, AsBo), RefusalKind.Forbidden, "gav tilsagnet");

    [Fact]
    public void an_integrator_may_not_settle_it_in_a_public_theme() =>
        Then.Refused(Settling.Refuses(Open, Given.Theme(Opened(Visibility.Public), Joined(Anne)), Integrator), RefusalKind.Forbidden, "gav tilsagnet");

    [Fact]
    public void a_commitment_in_a_theme_the_caller_cannot_see_is_not_found() =>
        Then.Refused(Settling.Refuses(Open, Given.Theme(Opened(Visibility.Closed), Joined(Anne)), AsBo), RefusalKind.NotFound, "findes ikke");

    [Fact]
    public void a_fulfilled_commitment_cannot_be_fulfilled_or_withdrawn_again()
    {
        var fulfilled = GivenCommitment(ByAnne, Fulfilled(ByAnne));

        Then.Refused(Settling.Refuses(fulfilled, WithAnneAndBo, AsAnne), RefusalKind.Conflict, "indfriet");
        Then.Refused(Settling.Refuses(fulfilled, WithAnneAndBo, Secretariat), RefusalKind.Conflict, "indfriet");
    }

    [Fact]
    public void a_withdrawn_commitment_cannot_be_withdrawn_or_fulfilled_again() =>
        Then.Refused(Settling.Refuses(GivenCommitment(ByAnne, Withdrawn(ByAnne)), WithAnneAndBo, AsAnne), RefusalKind.Conflict, "trukket tilbage");
}
