using Politikerforum.Domain.Decisions;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Decisions;

/// <summary>The close is a scheduled message: the test catches it, moves the clock and delivers it, instead of waiting.</summary>
public sealed class when_the_deadline_passes(ForumFixture fixture) : DecisionTest(fixture)
{
    private async Task<(Guid ThemeId, Guid Id, Participant Member, Wolverine.Envelope Close)> ProposedAsync()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = Guid.Empty;
        var tracked = await Host.ExecuteAndWaitAsync(async () => id = await ProposeAsync(members[0].Caller, themeId));
        return (themeId, id, members[0], tracked.Scheduled.SingleEnvelope<CloseDecisionForPositions>());
    }

    [Fact]
    public async Task proposing_schedules_closing_at_the_deadline()
    {
        var (_, id, member, close) = await ProposedAsync();

        Assert.Equal(id, ((CloseDecisionForPositions)close.Message!).DecisionId);
        Assert.Equal((await DecisionAsync(member.Caller, id)).GetProperty("deadline").GetDateTimeOffset(), close.ScheduledTime);
    }

    [Fact]
    public async Task after_the_deadline_the_decision_closes_and_takes_no_more_positions()
    {
        var (themeId, id, member, close) = await ProposedAsync();
        Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));

        await Host.InvokeMessageAndWaitAsync(close.Message!);

        Assert.Equal("closed", (await DecisionAsync(member.Caller, id)).Str("status"));
        await (await TakePositionAsync(member.Caller, id, "support")).ShouldBeProblemAsync(409);
        var entry = (await TimelineOfAsync(member.Caller, themeId, id)).Last();
        Assert.Equal(("decision.closed-for-positions", "Fristen for at tage stilling til forslaget »Fælles vagtplan« udløb"), (entry.Str("type"), entry.Str("summary")));
        Assert.Equal("Politikerforum", entry.GetProperty("actor").Str("name"));
    }

    [Fact]
    public async Task delivered_before_the_deadline_it_changes_nothing_and_comes_again_at_the_deadline()
    {
        var (_, id, member, close) = await ProposedAsync();
        var before = await EventCountAsync();

        var tracked = await Host.InvokeMessageAndWaitAsync(close.Message!);

        Assert.Equal(before, await EventCountAsync());
        Assert.Equal("open", (await DecisionAsync(member.Caller, id)).Str("status"));
        Assert.Equal(close.ScheduledTime, tracked.Scheduled.SingleEnvelope<CloseDecisionForPositions>().ScheduledTime);
        await (await TakePositionAsync(member.Caller, id, "support")).ShouldHaveStatusAsync(200);
    }

    [Fact]
    public async Task delivered_twice_it_closes_once()
    {
        var (themeId, id, member, close) = await ProposedAsync();
        Clock.Advance(TimeSpan.FromDays(4));

        await Host.InvokeMessageAndWaitAsync(close.Message!);
        var again = await Host.InvokeMessageAndWaitAsync(close.Message!);

        Assert.Equal(1, await EventsOfAsync<DecisionClosedForPositions>(id));
        Assert.Empty(again.Scheduled.MessagesOf<CloseDecisionForPositions>());
        Assert.Single(await TimelineOfAsync(member.Caller, themeId, id), e => e.Str("type") == "decision.closed-for-positions");
    }

    [Fact]
    public async Task a_decision_settled_before_its_deadline_is_left_alone()
    {
        var (_, id, member, close) = await ProposedAsync();
        await (await member.Caller.PostAsync($"/api/decisions/{id}/withdraw")).ShouldHaveStatusAsync(200);
        Clock.Advance(TimeSpan.FromDays(4));
        var before = await EventCountAsync();

        var tracked = await Host.InvokeMessageAndWaitAsync(close.Message!);

        Assert.Equal(before, await EventCountAsync());
        Assert.Equal("withdrawn", (await DecisionAsync(member.Caller, id)).Str("status"));
        Assert.Empty(tracked.Scheduled.MessagesOf<CloseDecisionForPositions>());
    }
}
