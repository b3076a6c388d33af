using Politikerforum.Domain.Themes;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>
/// The theme goes back to normal pace before the meeting booked for its urgent period begins: the forum cancels the
/// meeting in the organiser's calendar and records that it did. A meeting already under way is left alone.
/// </summary>
public sealed class when_urgency_ends_before_the_meeting(ForumFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task the_meeting_is_cancelled_in_graph_and_recorded_on_the_theme()
    {
        var (theme, booked) = await UrgentWithMeetingAsync();

        await SwitchToNormalAsync(theme);

        var cancel = Assert.Single(Graph.CallsTo("POST", $"/users/{FakeGraph.MeetingOrganizer}/events/{booked.CalendarEventId}/cancel"));
        Assert.Equal(202, cancel.Status);
        var cancelled = Assert.Single((await EventsOfAsync(theme)).OfType<UrgentMeetingCancelled>());
        Assert.Equal((booked.CalendarEventId, booked.StartsAt, booked.ForSwitchAt), (cancelled.CalendarEventId, cancelled.StartsAt, cancelled.ForSwitchAt));
    }

    [Fact]
    public async Task a_meeting_that_has_begun_is_not_cancelled()
    {
        var (theme, booked) = await UrgentWithMeetingAsync();
        Clock.Advance(booked.StartsAt.AddMinutes(5) - Clock.GetUtcNow());

        await SwitchToNormalAsync(theme);

        Assert.Empty(Graph.CallsTo("POST", $"/events/{booked.CalendarEventId}/cancel"));
        Assert.DoesNotContain(await EventsOfAsync(theme), e => e is UrgentMeetingCancelled);
    }

    private async Task<(Guid Theme, UrgentMeetingScheduled Booked)> UrgentWithMeetingAsync()
    {
        var theme = await Secretariat.OpenThemeAsync();
        await (await Secretariat.PutAsync($"/api/themes/{theme}/urgent-meetings", new { on = true })).ShouldHaveStatusAsync(204);
        await Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await (await Secretariat.PostAsync($"/api/themes/{theme}/pace", new { pace = "urgent", reason = "Storm på vej", until = Clock.GetUtcNow().AddDays(1) }))
                .ShouldHaveStatusAsync(200)));
        return (theme, Assert.Single((await EventsOfAsync(theme)).OfType<UrgentMeetingScheduled>()));
    }

    private Task SwitchToNormalAsync(Guid theme) => Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
        await (await Secretariat.PostAsync($"/api/themes/{theme}/pace", new { pace = "normal" })).ShouldHaveStatusAsync(200)));
}
