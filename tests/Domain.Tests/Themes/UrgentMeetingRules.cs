namespace Politikerforum.Domain.Tests.Themes;

public class when_an_urgent_theme_gets_a_teams_meeting
{
    private static readonly Theme Open = Given.Theme(Opened(Visibility.Closed, Anne), Joined(Anne));
    private static readonly Theme Wanting = Theme.Apply(ChoosingUrgentMeetings.Decide(Open, new ChooseUrgentMeetings(true), Secretariat, Now), Open);
    private static readonly PaceSwitched Switch = new(ThemeId, Pace.Urgent, "Storm", Now.AddDays(1), [Secretariat.Id], Now);
    private static readonly Theme Urgent = Theme.Apply(Switch, Wanting);
    private static readonly RecordUrgentMeeting Meeting =
        new("AAMkAG", "https://teams.microsoft.com/l/meetup-join/x", Now.AddHours(1), Now.AddHours(2), Now) { ThemeId = ThemeId };

    [Fact]
    public void only_the_secretariat_chooses_and_an_outsider_cannot_even_find_the_theme()
    {
        Then.Allowed(ChoosingUrgentMeetings.Refuses(Open, new ChooseUrgentMeetings(true), Secretariat));
        Then.Refused(ChoosingUrgentMeetings.Refuses(Open, new ChooseUrgentMeetings(true), AsAnne), RefusalKind.Forbidden, "sekretariatet");
        Then.Unknown(ChoosingUrgentMeetings.Refuses(Open, new ChooseUrgentMeetings(true), AsBo));
        Then.Refused(ChoosingUrgentMeetings.Refuses(Wanting, new ChooseUrgentMeetings(true), Secretariat), RefusalKind.Conflict, "allerede");
    }

    [Fact]
    public void a_meeting_is_recorded_once_for_the_urgent_period_it_was_booked_for()
    {
        Then.Allowed(RecordingUrgentMeetings.Refuses(Urgent, Meeting, Secretariat));
        var booked = Theme.Apply(RecordingUrgentMeetings.Decide(Urgent, Meeting, Now), Urgent);
        Assert.Equal(new UrgentMeeting(Meeting.JoinUrl, Meeting.StartsAt, Meeting.EndsAt, Now), booked.UrgentMeeting);
        Then.Refused(RecordingUrgentMeetings.Refuses(booked, Meeting, Secretariat), RefusalKind.Conflict, "allerede");
        Then.Refused(RecordingUrgentMeetings.Refuses(Urgent, Meeting with { ForSwitchAt = Now.AddMinutes(-5) }, Secretariat), RefusalKind.Conflict, "slut");
        Then.Refused(RecordingUrgentMeetings.Refuses(Theme.Apply(new PaceReverted(ThemeId, Now), booked), Meeting, Secretariat), RefusalKind.Conflict, "slut");
        Then.Refused(RecordingUrgentMeetings.Refuses(Theme.Apply(Switch, Open), Meeting, Secretariat), RefusalKind.Conflict, "ikke til møder");
        Then.Refused(RecordingUrgentMeetings.Refuses(Urgent, Meeting, AsAnne), RefusalKind.Forbidden, "forummet");
    }

    [Fact]
    public void a_cancelled_meeting_is_recorded_only_once_its_urgent_period_is_over()
    {
        var cancelled = new RecordUrgentMeetingCancelled("AAMkAG", Now.AddHours(1), Now) { ThemeId = ThemeId };
        var booked = Theme.Apply(RecordingUrgentMeetings.Decide(Urgent, Meeting, Now), Urgent);
        var normal = Theme.Apply(new PaceSwitched(ThemeId, Pace.Normal, null, null, [Secretariat.Id], Now.AddMinutes(30)), booked);
        Then.Allowed(RecordingUrgentMeetingsCancelled.Refuses(normal, cancelled, Secretariat));
        Then.Refused(RecordingUrgentMeetingsCancelled.Refuses(booked, cancelled, Secretariat), RefusalKind.Conflict, "ikke slut");
        Then.Refused(RecordingUrgentMeetingsCancelled.Refuses(normal, cancelled, AsAnne), RefusalKind.Forbidden, "forummet");
        Then.Unknown(RecordingUrgentMeetingsCancelled.Refuses(normal, cancelled, AsBo));
        Assert.Equal(new UrgentMeetingCancelled(ThemeId, "AAMkAG", Now.AddHours(1), Now, Now.AddMinutes(40)),
            RecordingUrgentMeetingsCancelled.Decide(normal, cancelled, Now.AddMinutes(40)));
    }

    [Fact]
    public void a_new_switch_forgets_the_last_periods_meeting()
    {
        var booked = Theme.Apply(RecordingUrgentMeetings.Decide(Urgent, Meeting, Now), Urgent);
        var normal = Theme.Apply(new PaceSwitched(ThemeId, Pace.Normal, null, null, [Secretariat.Id], Now.AddHours(3)), booked);
        Assert.Null(normal.UrgentMeeting);
        Assert.Null(normal.UrgentSince);
        Assert.True(normal.UrgentMeetings);
    }
}
