using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using static Politikerforum.Domain.Tests.Commitments.CommitmentStory;

namespace Politikerforum.Domain.Tests.Commitments;

public class when_making_a_commitment
{
    private static readonly Guid CommitmentId = Guid.NewGuid();
    private static readonly MakeCommitment ToTheRegion = new("  Data om ventelister  ", Level.Region, Tomorrow, null);

    private static Refusal? Refuses(MakeCommitment command, Theme? theme = null, Member? member = null, Decision? decision = null, DateTimeOffset? now = null) =>
        Committing.Refuses(theme ?? WithAnneAndBo, member ?? AnneInTheRegistry, decision, command, AsAnne, now ?? Now);

    private static Decision DecisionIn(Guid themeId) =>
        Decision.Create(new DecisionProposed(Guid.NewGuid(), themeId, "Fælles data", "Vi deler data", Now.AddDays(3), [], Bo, Earlier));

    [Fact]
    public void a_participant_commits_on_behalf_of_their_body_as_registered()
    {
        Then.Allowed(Refuses(ToTheRegion));
        Assert.Equal(
            new CommitmentMade(CommitmentId, ThemeId, Level.Kommune, "Aarhus Kommune", Level.Region, "Data om ventelister", Tomorrow,
                DueAt, null, Anne, Now),
            Committing.Decide(CommitmentId, WithAnneAndBo, AnneInTheRegistry, ToTheRegion, Now));
    }

    [Fact]
    public void a_commitment_without_a_level_is_made_to_the_forum()
    {
        Then.Allowed(Refuses(ToTheRegion with { ToLevel = null }));
        Assert.Equal(Recipient.Forum, Recipients.Of(Committing.Decide(CommitmentId, WithAnneAndBo, AnneInTheRegistry, ToTheRegion with { ToLevel = null }, Now).ToLevel));
    }

    [Fact]
    public void it_may_be_tied_to_a_decision_in_the_same_theme()
    {
        var decision = DecisionIn(ThemeId);

        Then.Allowed(Refuses(ToTheRegion with { DecisionId = decision.Id }, decision: decision));
        Assert.Equal(decision.Id, Committing.Decide(CommitmentId, WithAnneAndBo, AnneInTheRegistry, ToTheRegion with { DecisionId = decision.Id }, Now).DecisionId);
    }

    [Fact]
    public void a_decision_that_does_not_exist_or_is_in_another_theme_is_invalid()
    {
        Then.Refused(Refuses(ToTheRegion with { DecisionId = Guid.NewGuid() }), RefusalKind.Invalid, "beslutning");
        var elsewhere = DecisionIn(Guid.NewGuid());
        Then.Refused(Refuses(ToTheRegion with { DecisionId = elsewhere.Id }, decision: elsewhere), RefusalKind.Invalid, "dette tema");
    }

    [Fact]
    public void a_commitment_to_ones_own_level_is_invalid() =>
        Then.Refused(Refuses(ToTheRegion with { ToLevel = Level.Kommune }), RefusalKind.Invalid, "andet niveau");

    [Fact]
    public void the_date_must_be_after_today()
    {
        Then.Refused(Refuses(ToTheRegion with { DueOn = Tomorrow.AddDays(-1) }), RefusalKind.Invalid, "efter i dag");
        Then.Refused(Refuses(ToTheRegion with { DueOn = Tomorrow.AddDays(-2) }), RefusalKind.Invalid, "efter i dag");
    }

    [Fact]
    public void today_is_the_date_in_denmark_not_in_utc()
    {
        // 23:30 UTC on the 14th is already the 15th in Copenhagen.
        var lateEvening = new DateTimeOffset(Now.Year, Now.Month, Now.Day, 23, 30, 0, TimeSpan.Zero);

        Then.Refused(Refuses(ToTheRegion, now: lateEvening), RefusalKind.Invalid, "efter i dag");
    }

    [Fact]
    public void a_date_more_than_five_years_ahead_is_invalid()
    {
        Then.Allowed(Refuses(ToTheRegion with { DueOn = Tomorrow.AddDays(-1).AddYears(5) }));
        Then.Refused(Refuses(ToTheRegion with { DueOn = Tomorrow.AddYears(5) }), RefusalKind.Invalid, "fem år");
    }

    [Fact]
    public void a_member_who_does_not_take_part_is_forbidden() =>
        Then.Refused(Refuses(ToTheRegion, theme: Given.Theme(Opened(Visibility.Forum), Joined(Bo))), RefusalKind.Forbidden, "deltagende");

    [Fact]
    public void the_secretariat_has_no_body_to_commit_on_behalf_of() =>
        Then.Refused(Committing.Refuses(WithAnneAndBo, null, null, ToTheRegion, Secretariat, Now), RefusalKind.Forbidden, "myndighed");

    [Fact]
    public void a_theme_the_caller_cannot_see_is_not_found() =>
        Then.Unknown(Refuses(ToTheRegion, theme: Given.Theme(Opened(Visibility.Closed), Joined(Bo))));

    [Fact]
    public void an_archived_theme_is_a_conflict() =>
        Then.Refused(Refuses(ToTheRegion, theme: Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived())), RefusalKind.Conflict, "arkiveret");
}
