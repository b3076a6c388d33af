namespace Politikerforum.Domain.Tests.Pacing;

public class when_the_urgent_period_ends
{
    private static readonly DateTimeOffset End = Now.AddHours(6);
    private static readonly RevertPace Message = new(ThemeId, End);

    [Fact]
    public void the_theme_goes_back_to_normal_pace_at_the_end_time()
    {
        var urgent = PaceStory.Theme(PaceStory.SwitchedUrgent(End));

        var reverted = PaceClock.Revert(urgent, Message, End);

        Assert.Equal(new PaceReverted(ThemeId, End), reverted);
        var normal = PaceStory.Theme(PaceStory.SwitchedUrgent(End), reverted!);
        Assert.Equal((Pace.Normal, (DateTimeOffset?)null), (normal.Pace, normal.UrgentUntil));
    }

    [Fact]
    public void delivered_early_it_does_nothing_yet_but_still_ends_the_current_period()
    {
        var urgent = PaceStory.Theme(PaceStory.SwitchedUrgent(End));

        Assert.Null(PaceClock.Revert(urgent, Message, End.AddSeconds(-1)));
        Assert.True(PaceClock.IsCurrent(urgent, Message));
    }

    [Fact]
    public void running_twice_reverts_once() =>
        Assert.Null(PaceClock.Revert(PaceStory.Theme(PaceStory.SwitchedUrgent(End), new PaceReverted(ThemeId, End)), Message, End.AddMinutes(1)));

    [Fact]
    public void a_theme_switched_back_by_hand_is_left_alone() =>
        Assert.Null(PaceClock.Revert(PaceStory.Theme(PaceStory.SwitchedUrgent(End), PaceStory.SwitchedNormal()), Message, End));

    [Fact]
    public void an_old_message_does_not_cut_a_later_urgent_period_short()
    {
        var later = PaceStory.Theme(PaceStory.SwitchedUrgent(End), PaceStory.SwitchedNormal(), PaceStory.SwitchedUrgent(End.AddDays(2)));

        Assert.Null(PaceClock.Revert(later, Message, End.AddMinutes(1)));
        Assert.False(PaceClock.IsCurrent(later, Message));
        Assert.Equal(Pace.Urgent, later.Pace);
    }
}
