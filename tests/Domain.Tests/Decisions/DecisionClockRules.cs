using static Politikerforum.Domain.Tests.Decisions.Proposals;

namespace Politikerforum.Domain.Tests.Decisions;

public class when_a_decisions_deadline_comes
{
    [Fact]
    public void before_the_deadline_nothing_happens() =>
        Assert.Null(DecisionClock.CloseForPositions(Given.Decision(Proposed(deadline: Now.AddTicks(1))), Now));

    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    public void at_or_after_the_deadline_an_open_decision_closes_for_positions(int minutesLate)
    {
        var proposed = Proposed(deadline: Now.AddMinutes(-minutesLate));

        var closed = DecisionClock.CloseForPositions(Given.Decision(proposed), Now);

        Assert.Equal(new DecisionClosedForPositions(proposed.DecisionId, ThemeId, Now) { ItemTitle = proposed.Title }, closed);
        var decision = Given.Decision(proposed, closed!);
        Assert.Equal(DecisionStatus.Closed, decision.Status);
        Assert.False(decision.TakesPositions);
        Assert.False(decision.IsSettled);
    }

    [Fact]
    public void a_decision_already_closed_concluded_or_withdrawn_is_left_alone()
    {
        var proposed = Proposed(deadline: Now.AddDays(-1));
        Assert.Null(DecisionClock.CloseForPositions(Given.Decision(proposed, ClosedForPositions(proposed)), Now));
        Assert.Null(DecisionClock.CloseForPositions(Given.Decision(proposed, Concluded(proposed)), Now));
        Assert.Null(DecisionClock.CloseForPositions(Given.Decision(proposed, Withdrawn(proposed)), Now));
    }
}

public class when_a_decisions_review_date_comes
{
    [Fact]
    public void before_the_date_nothing_is_asked_yet_but_a_review_is_awaited()
    {
        var proposed = Proposed();
        var decision = Given.Decision(proposed, Concluded(proposed, reviewOn: Today.AddDays(1)));

        Assert.Null(DecisionClock.AskForReview(decision, Now));
        Assert.True(DecisionClock.AwaitsReview(decision));
    }

    [Theory]
    [InlineData(DecisionOutcome.Adopted, 0)]
    [InlineData(DecisionOutcome.Rejected, 10)]
    public void on_or_after_the_date_a_concluded_decision_asks_what_was_learned(DecisionOutcome outcome, int daysLate)
    {
        var proposed = Proposed();
        var concluded = Given.Decision(proposed, Concluded(proposed, outcome, Today.AddDays(-daysLate)));

        var due = DecisionClock.AskForReview(concluded, Now);

        Assert.Equal(new DecisionReviewDue(proposed.DecisionId, ThemeId, Today.AddDays(-daysLate), Now) { ItemTitle = proposed.Title }, due);
        Assert.False(DecisionClock.AwaitsReview(Given.Decision(proposed, Concluded(proposed, outcome, Today.AddDays(-daysLate)), due!)));
    }

    [Fact]
    public void it_is_asked_only_once()
    {
        var proposed = Proposed();
        var concluded = Concluded(proposed, reviewOn: Today);

        Assert.Null(DecisionClock.AskForReview(Given.Decision(proposed, concluded, new DecisionReviewDue(proposed.DecisionId, ThemeId, Today, Now)), Now));
    }

    [Fact]
    public void without_a_review_date_or_a_conclusion_nothing_is_asked()
    {
        var proposed = Proposed();
        foreach (var decision in new[]
                 {
                     Given.Decision(proposed), Given.Decision(proposed, ClosedForPositions(proposed)),
                     Given.Decision(proposed, Concluded(proposed)), Given.Decision(proposed, Withdrawn(proposed))
                 })
        {
            Assert.Null(DecisionClock.AskForReview(decision, Now.AddYears(2)));
            Assert.False(DecisionClock.AwaitsReview(decision));
        }
    }

    [Fact]
    public void the_question_goes_out_in_the_morning_of_the_review_date() =>
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero), DecisionClock.ReviewTime(new DateOnly(2025, 6, 2)));
}
