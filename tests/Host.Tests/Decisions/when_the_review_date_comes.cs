using Politikerforum.Domain.Decisions;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Decisions;

/// <summary>A concluded decision asks its participants what was learned when its review date comes: a scheduled message.</summary>
public sealed class when_the_review_date_comes(ForumFixture fixture) : DecisionTest(fixture)
{
    private DateOnly InTenDays => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(10);

    private async Task<(Guid ThemeId, Guid Id, Participant Member, ITrackedSession Concluded)> ConcludedAsync(DateOnly? reviewOn)
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);
        var tracked = await Host.ExecuteAndWaitAsync(async () =>
            await (await members[0].Caller.PostAsync($"/api/decisions/{id}/conclude", new { outcome = "adopted", rationale = "Enighed.", reviewOn }))
                .ShouldHaveStatusAsync(200));
        return (themeId, id, members[0], tracked);
    }

    [Fact]
    public async Task concluding_with_a_review_date_schedules_the_question_for_that_morning()
    {
        var (_, id, _, concluded) = await ConcludedAsync(InTenDays);

        var ask = concluded.Scheduled.SingleEnvelope<AskForDecisionReview>();
        Assert.Equal(id, ((AskForDecisionReview)ask.Message!).DecisionId);
        Assert.Equal(new DateTimeOffset(InTenDays.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero), ask.ScheduledTime);
    }

    [Fact]
    public async Task without_a_review_date_nothing_is_scheduled()
    {
        var (_, _, _, concluded) = await ConcludedAsync(null);

        Assert.Empty(concluded.Scheduled.MessagesOf<AskForDecisionReview>());
    }

    [Fact]
    public async Task on_the_date_the_decision_asks_what_was_learned_once()
    {
        var (themeId, id, member, concluded) = await ConcludedAsync(InTenDays);
        var ask = concluded.Scheduled.SingleEnvelope<AskForDecisionReview>();
        Clock.Advance(ask.ScheduledTime!.Value - Clock.GetUtcNow());

        await Host.InvokeMessageAndWaitAsync(ask.Message!);
        await Host.InvokeMessageAndWaitAsync(ask.Message!);

        Assert.True((await DecisionAsync(member.Caller, id)).GetProperty("reviewAsked").GetBoolean());
        Assert.Equal(1, await EventsOfAsync<DecisionReviewDue>(id));
        var entry = (await TimelineOfAsync(member.Caller, themeId, id)).Last();
        Assert.Equal("decision.review-due", entry.Str("type"));
        Assert.Contains("skal nu evalueres: Hvad har I lært?", entry.Str("summary"));
    }

    [Fact]
    public async Task delivered_before_the_date_it_asks_nothing_and_comes_again_that_morning()
    {
        var (_, id, member, concluded) = await ConcludedAsync(InTenDays);
        var ask = concluded.Scheduled.SingleEnvelope<AskForDecisionReview>();
        var before = await EventCountAsync();

        var tracked = await Host.InvokeMessageAndWaitAsync(ask.Message!);

        Assert.Equal(before, await EventCountAsync());
        Assert.False((await DecisionAsync(member.Caller, id)).GetProperty("reviewAsked").GetBoolean());
        Assert.Equal(ask.ScheduledTime, tracked.Scheduled.SingleEnvelope<AskForDecisionReview>().ScheduledTime);
    }
}
