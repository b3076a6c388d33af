using System.Text.Json;
using Marten;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Graph.Meetings;
using Politikerforum.Integrations.Teams.Outbound;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>A theme whose urgent switches the secretariat wants met: the forum books a Teams meeting for its participants.</summary>
public sealed class when_a_theme_switches_to_urgent(ForumFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task the_participants_are_invited_to_a_teams_meeting_within_the_urgent_period_and_the_pace_notice_links_it()
    {
        var (theme, channelId) = await LinkedThemeAsync();
        await BotKnowsTheTeamAsync("/urgent/");
        var (mette, _) = await MemberAsync("Mette Holm", objectId: "oid-mette-urgent");
        var (anne, _) = await MemberAsync("Anne Lund", "region", "Region Midtjylland", objectId: "oid-anne-urgent");
        await Secretariat.AddParticipantAsync(theme, mette);
        await Secretariat.AddParticipantAsync(theme, anne);
        await (await Secretariat.PutAsync($"/api/themes/{theme}/urgent-meetings", new { on = true })).ShouldHaveStatusAsync(204);
        var until = Clock.GetUtcNow().AddDays(2);
        var bookings = Graph.CallsTo("POST", $"/users/{FakeGraph.MeetingOrganizer}/events").Count;

        await SwitchToUrgentAsync(theme, until);

        var booking = Assert.Single(Graph.CallsTo("POST", $"/users/{FakeGraph.MeetingOrganizer}/events").Skip(bookings)).Body!;
        Assert.Equal(["oid-anne-urgent@example.dk", "oid-mette-urgent@example.dk"],
            booking["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).Order());
        Assert.True(booking["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", booking["onlineMeetingProvider"]!.GetValue<string>());
        Assert.StartsWith("politikerforum-", booking["transactionId"]!.GetValue<string>());
        var shown = await Secretariat.ReadAsync<JsonElement>($"/api/themes/{theme}");
        Assert.True(shown.GetProperty("urgentMeetings").GetBoolean());
        var meeting = shown.GetProperty("urgentMeeting");
        var joinUrl = meeting.Text("joinUrl")!;
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", joinUrl);
        var (starts, ends) = (meeting.GetProperty("startsAt").GetDateTimeOffset(), meeting.GetProperty("endsAt").GetDateTimeOffset());
        Assert.True(Clock.GetUtcNow() < starts && starts < ends && ends <= until, $"{starts}–{ends} is not within the urgent period until {until}.");
        Assert.IsType<UrgentMeetingScheduled>((await EventsOfAsync(theme)).Last());
        var said = string.Join("\n", Connector.CallsTo("/urgent/").Where(c => c.Body is not null).Select(c => c.Body!.ToJsonString()));
        Assert.True(said.Contains(joinUrl), said);
        Assert.Contains(channelId, said);
    }

    [Fact]
    public async Task a_theme_that_has_not_chosen_meetings_gets_none()
    {
        var (theme, _) = await LinkedThemeAsync();
        var bookings = Graph.CallsTo("POST", "/events").Count;

        await SwitchToUrgentAsync(theme, Clock.GetUtcNow().AddDays(1));

        Assert.Equal(bookings, Graph.CallsTo("POST", "/events").Count);
        Assert.DoesNotContain(await EventsOfAsync(theme), e => e is UrgentMeetingScheduled);
    }

    [Fact]
    public async Task the_same_switch_handled_again_books_nothing_twice()
    {
        var theme = await Secretariat.OpenThemeAsync();
        await (await Secretariat.PutAsync($"/api/themes/{theme}/urgent-meetings", new { on = true })).ShouldHaveStatusAsync(204);
        await SwitchToUrgentAsync(theme, Clock.GetUtcNow().AddDays(1));
        var switched = (await EventsOfAsync(theme)).OfType<PaceSwitched>().Single();
        var bookings = Graph.CallsTo("POST", "/events").Count;

        await RunAsync(new ArrangeUrgentMeeting(theme, switched.SwitchedAt));

        Assert.Equal(bookings, Graph.CallsTo("POST", "/events").Count);
        Assert.Single(await EventsOfAsync(theme), e => e is UrgentMeetingScheduled);
    }

    [Fact]
    public async Task a_meeting_for_an_urgent_period_that_is_over_is_not_booked()
    {
        var theme = await Secretariat.OpenThemeAsync();
        await (await Secretariat.PutAsync($"/api/themes/{theme}/urgent-meetings", new { on = true })).ShouldHaveStatusAsync(204);
        await SwitchToUrgentAsync(theme, Clock.GetUtcNow().AddDays(1));
        var switched = (await EventsOfAsync(theme)).OfType<PaceSwitched>().Single();
        await Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await (await Secretariat.PostAsync($"/api/themes/{theme}/pace", new { pace = "normal" })).ShouldHaveStatusAsync(200)));
        var bookings = Graph.CallsTo("POST", "/events").Count;

        await RunAsync(new ArrangeUrgentMeeting(theme, switched.SwitchedAt));

        Assert.Equal(bookings, Graph.CallsTo("POST", "/events").Count);
    }

    [Fact]
    public async Task only_the_secretariat_chooses_and_a_choice_that_changes_nothing_is_refused()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync();

        await (await member.PutAsync($"/api/themes/{theme}/urgent-meetings", new { on = true })).ShouldBeProblemAsync(403);
        await (await Secretariat.PutAsync($"/api/themes/{theme}/urgent-meetings", new { on = false })).ShouldBeProblemAsync(409);
        await (await Secretariat.PutAsync($"/api/themes/{theme}/urgent-meetings", new { })).ShouldBeProblemAsync(400);
        await using var session = Store.QuerySession();
        Assert.False((await session.LoadAsync<Theme>(theme))!.UrgentMeetings);
    }

    [Theory]
    [InlineData("2026-03-02T09:05:00Z", "2026-03-04T00:00:00Z", "2026-03-02T10:15:00Z", "2026-03-02T11:15:00Z")]
    [InlineData("2026-03-02T09:05:00Z", "2026-03-02T10:00:00Z", "2026-03-02T09:15:00Z", "2026-03-02T10:00:00Z")]
    [InlineData("2026-03-02T09:05:00Z", "2026-03-02T09:20:00Z", null, null)]
    public void the_meeting_lies_within_the_urgent_period(string now, string until, string? starts, string? ends)
    {
        var times = MeetingTimes.Within(DateTimeOffset.Parse(now), DateTimeOffset.Parse(until));

        Assert.Equal(starts is null ? null : (DateTimeOffset.Parse(starts), DateTimeOffset.Parse(ends!)), times);
    }

    private async Task SwitchToUrgentAsync(Guid theme, DateTimeOffset until) =>
        await Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await (await Secretariat.PostAsync($"/api/themes/{theme}/pace", new { pace = "urgent", reason = "Storm på vej", until })).ShouldHaveStatusAsync(200)));

    /// <summary>The bot was added to the forum's team before: it knows the service the team is reached at.</summary>
    private async Task BotKnowsTheTeamAsync(string region)
    {
        await using var session = Store.LightweightSession();
        session.Store(new ConversationReference($"19:{Guid.NewGuid():N}@thread.tacv2", Connector.ServiceUrl(region))
        {
            BotChannel = "msteams", ConversationType = "channel", TeamAadGroupId = FakeGraph.TeamId, TenantId = FakeGraph.TenantId,
            LastActivityAt = Clock.GetUtcNow()
        });
        await session.SaveChangesAsync();
    }
}
