namespace Politikerforum.Domain.Tests.Pacing;

public class when_switching_pace
{
    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void those_who_run_the_forum_switch_at_once(Role role)
    {
        var theme = PaceStory.Theme();
        var actor = In(role);

        Then.Allowed(SwitchingPace.Refuses(theme, PaceStory.Urgent, actor, Now));
        var switched = Assert.IsType<PaceSwitched>(SwitchingPace.Decide(theme, PaceStory.Urgent, actor, Now));
        Assert.Equal((Pace.Urgent, "Stormflod på vej", PaceStory.Until, Now), (switched.Pace, switched.Reason, switched.Until, switched.SwitchedAt));
        Assert.Equal([actor.Id], switched.SwitchedBy);

        var urgent = Given.Theme([.. PaceStory.WithThree, switched]);
        Assert.Equal((Pace.Urgent, PaceStory.Until), (urgent.Pace, urgent.UrgentUntil));
    }

    [Fact]
    public void a_participants_call_is_a_request_that_waits()
    {
        var theme = PaceStory.Theme();

        Then.Allowed(SwitchingPace.Refuses(theme, PaceStory.Urgent, AsAnne, Now));
        var requested = SwitchingPace.Decide(theme, PaceStory.Urgent, AsAnne, Now);

        Assert.Equal(new PaceSwitchRequested(ThemeId, Pace.Urgent, "Stormflod på vej", PaceStory.Until, Anne, Level.Kommune, Now), requested);
        var after = PaceStory.Theme(requested);
        Assert.Equal(Pace.Normal, after.Pace);
        Assert.Equal([Anne], after.PendingRequests(Now).Select(r => r.MemberId));
    }

    [Fact]
    public void a_participant_from_another_level_seconds_it_and_the_switch_takes_effect()
    {
        var theme = PaceStory.Theme(PaceStory.Requested(Anne, Now.AddHours(-1)));

        Then.Allowed(SwitchingPace.Refuses(theme, PaceStory.Urgent with { Reason = "Digerne holder ikke" }, AsBo, Now));
        var switched = Assert.IsType<PaceSwitched>(SwitchingPace.Decide(theme, PaceStory.Urgent with { Reason = "Digerne holder ikke" }, AsBo, Now));

        Assert.Equal([Anne, Bo], switched.SwitchedBy);
        Assert.Equal((Pace.Urgent, "Digerne holder ikke", PaceStory.Until, Now), (switched.Pace, switched.Reason, switched.Until, switched.SwitchedAt));
        var urgent = PaceStory.Theme(PaceStory.Requested(Anne, Now.AddHours(-1)), switched);
        Assert.Equal(Pace.Urgent, urgent.Pace);
        Assert.Empty(urgent.PaceRequests);
    }

    [Theory]
    [InlineData(2, 5, 2)]
    [InlineData(5, 2, 2)]
    public void a_seconded_switch_runs_until_the_earlier_of_the_two_end_times(int requestedDays, int secondedDays, int expectedDays)
    {
        var theme = PaceStory.Theme(PaceStory.Requested(Anne, Now.AddHours(-1), Now.AddDays(requestedDays)));

        var switched = (PaceSwitched)SwitchingPace.Decide(theme, PaceStory.Urgent with { Until = Now.AddDays(secondedDays) }, AsBo, Now);

        Assert.Equal(Now.AddDays(expectedDays), switched.Until);
    }

    [Fact]
    public void a_second_request_from_the_same_level_only_waits_too()
    {
        var theme = PaceStory.Theme(PaceStory.Requested(Anne, Now.AddHours(-1)));

        Then.Allowed(SwitchingPace.Refuses(theme, PaceStory.Urgent, PaceStory.AsCarl, Now));
        var requested = Assert.IsType<PaceSwitchRequested>(SwitchingPace.Decide(theme, PaceStory.Urgent, PaceStory.AsCarl, Now));

        Assert.Equal((PaceStory.Carl, Level.Kommune), (requested.RequestedBy, requested.Level));
        Assert.Equal([Anne, PaceStory.Carl], PaceStory.Theme(PaceStory.Requested(Anne, Now.AddHours(-1)), requested).PendingRequests(Now).Select(r => r.MemberId));
    }

    [Fact]
    public void the_same_member_asking_twice_is_a_conflict() =>
        Then.Refused(SwitchingPace.Refuses(PaceStory.Theme(PaceStory.Requested(Anne, Now.AddHours(-1))), PaceStory.Urgent, AsAnne, Now),
            RefusalKind.Conflict, "allerede bedt om");

    [Fact]
    public void a_request_still_counts_just_before_a_day_has_passed() =>
        Assert.IsType<PaceSwitched>(SwitchingPace.Decide(
            PaceStory.Theme(PaceStory.Requested(Anne, Now - SwitchingPace.RequestLifetime + TimeSpan.FromMinutes(1))), PaceStory.Urgent, AsBo, Now));

    [Fact]
    public void an_expired_request_does_not_count_and_may_be_made_again()
    {
        var theme = PaceStory.Theme(PaceStory.Requested(Anne, Now - SwitchingPace.RequestLifetime));

        Assert.Empty(theme.PendingRequests(Now));
        Assert.IsType<PaceSwitchRequested>(SwitchingPace.Decide(theme, PaceStory.Urgent, AsBo, Now));
        Then.Allowed(SwitchingPace.Refuses(theme, PaceStory.Urgent, AsAnne, Now));
    }

    [Fact]
    public void expired_requests_are_dropped_when_a_new_one_is_recorded()
    {
        var theme = PaceStory.Theme(PaceStory.Requested(Anne, Now.AddDays(-2)), PaceStory.Requested(PaceStory.Carl, Now));

        Assert.Equal([PaceStory.Carl], theme.PaceRequests.Select(r => r.MemberId));
    }

    [Fact]
    public void a_request_from_a_member_who_has_left_the_theme_does_not_count()
    {
        var theme = PaceStory.Theme(PaceStory.Requested(Anne, Now.AddHours(-1)), Left(Anne));

        Assert.IsType<PaceSwitchRequested>(SwitchingPace.Decide(theme, PaceStory.Urgent, AsBo, Now));
    }

    [Fact]
    public void participants_from_two_levels_switch_back_to_normal_together()
    {
        var normalRequested = new PaceSwitchRequested(ThemeId, Pace.Normal, null, null, Bo, Level.Region, Now.AddHours(-2));
        var theme = PaceStory.Theme(PaceStory.SwitchedUrgent(Now.AddDays(1)), normalRequested);

        Then.Allowed(SwitchingPace.Refuses(theme, PaceStory.Normal, AsAnne, Now));
        var switched = Assert.IsType<PaceSwitched>(SwitchingPace.Decide(theme, PaceStory.Normal, AsAnne, Now));

        Assert.Equal((Pace.Normal, null, null, Now), (switched.Pace, switched.Reason, switched.Until, switched.SwitchedAt));
        Assert.Equal([Bo, Anne], switched.SwitchedBy);
        var normal = PaceStory.Theme(PaceStory.SwitchedUrgent(Now.AddDays(1)), normalRequested, switched);
        Assert.Equal((Pace.Normal, (DateTimeOffset?)null), (normal.Pace, normal.UrgentUntil));
    }

    [Fact]
    public void the_secretariat_switches_back_to_normal_at_once() =>
        Assert.Equal(Pace.Normal, ((PaceSwitched)SwitchingPace.Decide(PaceStory.Theme(PaceStory.SwitchedUrgent(Now.AddDays(1))), PaceStory.Normal, Secretariat, Now)).Pace);
}
