using Politikerforum.Domain.Commitments;
using static Politikerforum.Domain.Tests.Commitments.CommitmentStory;

namespace Politikerforum.Domain.Tests.Commitments;

public class when_the_due_date_passes
{
    private static readonly CommitmentMade ByAnne = Made();

    [Fact]
    public void an_open_commitment_is_flagged_overdue_at_midnight_after_its_date()
    {
        Assert.Equal(new CommitmentOverdue(ByAnne.CommitmentId, ThemeId, Tomorrow, DueAt) { ItemTitle = ByAnne.What }, CommitmentClock.FlagOverdue(GivenCommitment(ByAnne), DueAt));
        Assert.NotNull(CommitmentClock.FlagOverdue(GivenCommitment(ByAnne), DueAt.AddDays(2)));
    }

    [Fact]
    public void nothing_happens_before_the_date_has_passed() =>
        Assert.Null(CommitmentClock.FlagOverdue(GivenCommitment(ByAnne), DueAt.AddTicks(-1)));

    [Fact]
    public void a_commitment_already_flagged_is_not_flagged_twice() =>
        Assert.Null(CommitmentClock.FlagOverdue(GivenCommitment(ByAnne, Overdue(ByAnne)), DueAt.AddDays(1)));

    [Fact]
    public void a_fulfilled_or_withdrawn_commitment_is_never_overdue()
    {
        Assert.Null(CommitmentClock.FlagOverdue(GivenCommitment(ByAnne, Fulfilled(ByAnne)), DueAt.AddDays(1)));
        Assert.Null(CommitmentClock.FlagOverdue(GivenCommitment(ByAnne, Withdrawn(ByAnne)), DueAt.AddDays(1)));
    }

    [Theory]
    [InlineData("2025-01-31", "2025-01-31T23:00:00Z")] // winter time, UTC+1
    [InlineData("2025-06-30", "2025-06-30T22:00:00Z")] // summer time, UTC+2
    [InlineData("2025-03-29", "2025-03-29T23:00:00Z")] // the night the clocks go forward, after midnight
    [InlineData("2025-10-25", "2025-10-25T22:00:00Z")] // the night the clocks go back, after midnight
    public void the_date_ends_at_midnight_danish_time(string dueOn, string dueAt) =>
        Assert.Equal(DateTimeOffset.Parse(dueAt), CommitmentClock.DueAt(DateOnly.Parse(dueOn)));
}
