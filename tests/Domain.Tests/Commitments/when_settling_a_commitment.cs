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
        Then.Allowed(FulfillingCommitments.Refuses(Open, WithAnneAndBo, AsAnne));
        var fulfilled = FulfillingCommitments.Decide(Open, Delivered, AsAnne, Now);

        Assert.Equal(new CommitmentFulfilled(Open.Id, ThemeId, "Tallene er sendt til regionen.", false, Anne, Now) { ItemTitle = ByAnne.What }, fulfilled);
        var after = GivenCommitment(ByAnne, fulfilled);
        Assert.Equal((CommitmentStatus.Fulfilled, false, "Tallene er sendt til regionen."), (after.Status, after.WasOverdue, after.Settlement));
    }

    [Fact]
    public void the_member_who_committed_withdraws_it_with_a_reason()
    {
        Then.Allowed(WithdrawingCommitments.Refuses(Open, WithAnneAndBo, AsAnne));
        var withdrawn = WithdrawingCommitments.Decide(Open, NotPossible, AsAnne, Now);

        Assert.Equal(new CommitmentWithdrawn(Open.Id, ThemeId, "Budgettet faldt.", false, Anne, Now) { ItemTitle = ByAnne.What }, withdrawn);
        Assert.Equal(CommitmentStatus.Withdrawn, GivenCommitment(ByAnne, withdrawn).Status);
    }

    [Fact]
    public void the_secretariat_may_settle_it_on_the_members_behalf()
    {
        Then.Allowed(FulfillingCommitments.Refuses(Open, WithAnneAndBo, Secretariat));
        Assert.Equal(Secretariat.Id, FulfillingCommitments.Decide(Open, Delivered, Secretariat, Now).FulfilledBy);
    }

    [Fact]
    public void an_overdue_commitment_may_still_be_fulfilled_and_stays_marked_late()
    {
        var overdue = GivenCommitment(ByAnne, Overdue(ByAnne));
        Then.Allowed(FulfillingCommitments.Refuses(overdue, WithAnneAndBo, AsAnne));

        var fulfilled = FulfillingCommitments.Decide(overdue, Delivered, AsAnne, DueAt.AddDays(3));

        Assert.True(fulfilled.Late);
        var after = GivenCommitment(ByAnne, Overdue(ByAnne), fulfilled);
        Assert.Equal((CommitmentStatus.Fulfilled, true), (after.Status, after.WasOverdue));
    }

    [Fact]
    public void delivered_after_the_date_is_late_even_before_it_was_flagged() =>
        Assert.True(GivenCommitment(ByAnne, FulfillingCommitments.Decide(Open, Delivered, AsAnne, DueAt)).WasOverdue);

    [Fact]
    public void an_overdue_commitment_may_be_withdrawn_and_stays_marked_late()
    {
        var withdrawn = WithdrawingCommitments.Decide(GivenCommitment(ByAnne, Overdue(ByAnne)), NotPossible, AsAnne, DueAt.AddDays(1));

        var after = GivenCommitment(ByAnne, Overdue(ByAnne), withdrawn);
        Assert.Equal((CommitmentStatus.Withdrawn, true), (after.Status, after.WasOverdue));
    }

    [Fact]
    public void another_member_may_not_settle_it()
    {
        Then.Refused(FulfillingCommitments.Refuses(Open, WithAnneAndBo, AsBo), RefusalKind.Forbidden, "gav tilsagnet");
        Then.Refused(WithdrawingCommitments.Refuses(Open, WithAnneAndBo, AsBo), RefusalKind.Forbidden, "gav tilsagnet");
    }

    [Fact]
    public void an_integrator_may_not_settle_it_in_a_public_theme() =>
        Then.Refused(FulfillingCommitments.Refuses(Open, Given.Theme(Opened(Visibility.Public), Joined(Anne)), Integrator), RefusalKind.Forbidden, "gav tilsagnet");

    [Fact]
    public void a_commitment_in_a_theme_the_caller_cannot_see_is_not_found() =>
        Then.Unknown(WithdrawingCommitments.Refuses(Open, Given.Theme(Opened(Visibility.Closed), Joined(Anne)), AsBo));

    [Fact]
    public void an_unknown_commitment_is_not_found_even_by_the_secretariat()
    {
        Then.Unknown(FulfillingCommitments.Refuses(null, null, Secretariat));
        Then.Unknown(WithdrawingCommitments.Refuses(null, null, Secretariat));
    }

    [Fact]
    public void a_fulfilled_commitment_cannot_be_fulfilled_or_withdrawn_again()
    {
        var fulfilled = GivenCommitment(ByAnne, Fulfilled(ByAnne));

        Then.Refused(FulfillingCommitments.Refuses(fulfilled, WithAnneAndBo, AsAnne), RefusalKind.Conflict, "indfriet");
        Then.Refused(WithdrawingCommitments.Refuses(fulfilled, WithAnneAndBo, Secretariat), RefusalKind.Conflict, "indfriet");
    }

    [Fact]
    public void a_withdrawn_commitment_cannot_be_withdrawn_or_fulfilled_again()
    {
        var withdrawn = GivenCommitment(ByAnne, Withdrawn(ByAnne));

        Then.Refused(WithdrawingCommitments.Refuses(withdrawn, WithAnneAndBo, AsAnne), RefusalKind.Conflict, "trukket tilbage");
        Then.Refused(FulfillingCommitments.Refuses(withdrawn, WithAnneAndBo, Secretariat), RefusalKind.Conflict, "trukket tilbage");
    }
}
