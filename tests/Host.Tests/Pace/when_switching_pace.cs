using System.Net.Http.Json;
using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Pacing;

public sealed class when_switching_pace(ForumFixture fixture) : PaceTest(fixture)
{
    [Fact]
    public async Task the_secretariat_switches_at_once_and_the_theme_is_flagged_urgent()
    {
        var cast = await ThemeWithThreeAsync();
        var other = await Secretariat.OpenThemeAsync();
        var until = InHours(48);

        var response = await Secretariat.SwitchPaceAsync(cast.ThemeId, Urgent(until));

        await response.ShouldHaveStatusAsync(200);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("urgent", answer.Str("pace"));
        Assert.Equal(until, answer.GetProperty("urgentUntil").GetDateTimeOffset());
        Assert.StartsWith("Temaet er nu i hurtig handling indtil", answer.Str("message"));

        var theme = await cast.Mette.ThemeAsync(cast.ThemeId);
        Assert.Equal(("urgent", until), (theme.Str("pace"), theme.GetProperty("urgentUntil").GetDateTimeOffset()));
        var listed = await cast.Mette.ItemsAsync("/api/themes");
        Assert.Equal("urgent", listed.Single(t => t.Id() == cast.ThemeId).Str("pace"));
        Assert.Equal("normal", listed.Single(t => t.Id() == other).Str("pace"));
        Assert.Equal(JsonValueKind.Null, listed.Single(t => t.Id() == other).GetProperty("urgentUntil").ValueKind);
        Assert.Equal([cast.ThemeId], (await cast.Mette.ItemsAsync("/api/themes?pace=urgent")).Select(t => t.Id()));
    }

    [Fact]
    public async Task a_participants_call_waits_until_a_participant_from_another_level_makes_the_same_call()
    {
        var cast = await ThemeWithThreeAsync();

        var first = await cast.Mette.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(30)));
        await first.ShouldHaveStatusAsync(202);
        var request = await first.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal((cast.MetteId, "kommune"), (request.Id("requestedBy"), request.Str("level")));
        Assert.Equal("normal", (await cast.Mette.ThemeAsync(cast.ThemeId)).Str("pace"));

        // Another member from the same level: still only a request.
        await (await cast.Lars.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(30)))).ShouldHaveStatusAsync(202);
        var waiting = await cast.Mette.ThemeAsync(cast.ThemeId);
        Assert.Equal("normal", waiting.Str("pace"));
        Assert.Equal([cast.MetteId, cast.LarsId], waiting.GetProperty("paceRequests").EnumerateArray().Select(r => r.Id("memberId")));

        var seconded = await cast.Anne.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(20), "Regionens beredskab er sat op"));

        await seconded.ShouldHaveStatusAsync(200);
        var answer = await seconded.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal([cast.MetteId, cast.AnneId], answer.GetProperty("switchedBy").EnumerateArray().Select(id => id.GetGuid()));
        Assert.Contains("Mette Holm (kommune) og Anne Berg (region)", answer.Str("message"));
        var theme = await cast.Lars.ThemeAsync(cast.ThemeId);
        Assert.Equal("urgent", theme.Str("pace"));
        Assert.Empty(theme.GetProperty("paceRequests").EnumerateArray());
    }

    [Fact]
    public async Task a_request_explains_in_danish_that_it_awaits_another_level()
    {
        var cast = await ThemeWithThreeAsync();

        var response = await cast.Anne.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(30)));

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.StartsWith("Din anmodning om hurtig handling er registreret. Den træder i kraft, når en deltager fra et andet niveau end dit (region)",
            answer.Str("message"));
        Assert.Equal(Clock.GetUtcNow().AddHours(24), answer.GetProperty("expiresAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task the_same_member_asking_twice_is_a_conflict_and_nothing_is_written()
    {
        var cast = await ThemeWithThreeAsync();
        await (await cast.Mette.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(30)))).ShouldHaveStatusAsync(202);
        var before = await EventCountAsync();

        var problem = await (await cast.Mette.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(30)))).ShouldBeProblemAsync(409);

        Assert.Contains("allerede bedt om", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_request_older_than_a_day_does_not_count()
    {
        var cast = await ThemeWithThreeAsync();
        await (await cast.Mette.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(40)))).ShouldHaveStatusAsync(202);

        Clock.Advance(TimeSpan.FromHours(24));

        Assert.Empty((await cast.Mette.ThemeAsync(cast.ThemeId)).GetProperty("paceRequests").EnumerateArray());
        await (await cast.Anne.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(10)))).ShouldHaveStatusAsync(202);
        Assert.Equal("normal", (await cast.Mette.ThemeAsync(cast.ThemeId)).Str("pace"));
    }

    [Fact]
    public async Task participants_from_two_levels_switch_back_to_normal_together()
    {
        var cast = await ThemeWithThreeAsync();
        await (await Secretariat.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(48)))).ShouldHaveStatusAsync(200);

        await (await cast.Anne.SwitchPaceAsync(cast.ThemeId, new { pace = "normal", reason = "Vandet har lagt sig" })).ShouldHaveStatusAsync(202);
        await (await cast.Lars.SwitchPaceAsync(cast.ThemeId, Normal)).ShouldHaveStatusAsync(200);

        var theme = await cast.Mette.ThemeAsync(cast.ThemeId);
        Assert.Equal(("normal", JsonValueKind.Null), (theme.Str("pace"), theme.GetProperty("urgentUntil").ValueKind));
    }

    [Fact]
    public async Task the_timeline_tells_who_asked_and_when_the_theme_switched()
    {
        var cast = await ThemeWithThreeAsync();
        await cast.Mette.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(30), "Diget ved havnen giver efter"));
        await cast.Anne.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(30), "Beredskabet er klar"));

        var timeline = (await cast.Mette.ItemsAsync($"/api/themes/{cast.ThemeId}/timeline")).TakeLast(2).ToArray();

        Assert.Equal(("theme.pace-switch-requested", "Mette Holm"), (timeline[0].Str("type"), timeline[0].GetProperty("actor").Str("name")));
        Assert.StartsWith("Bad om hurtig handling indtil ", timeline[0].Str("summary"));
        Assert.EndsWith(" med begrundelsen »Diget ved havnen giver efter«", timeline[0].Str("summary"));
        Assert.Equal(("theme.pace-switched", "Anne Berg"), (timeline[1].Str("type"), timeline[1].GetProperty("actor").Str("name")));
        Assert.StartsWith("Satte temaet i hurtig handling indtil ", timeline[1].Str("summary"));
        Assert.EndsWith(" med begrundelsen »Beredskabet er klar«", timeline[1].Str("summary"));
    }
}
