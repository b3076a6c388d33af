using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Decisions;

public sealed class when_concluding_a_decision(ForumFixture fixture) : DecisionTest(fixture)
{
    private DateOnly InAMonth => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddMonths(1);

    private static Task<HttpResponseMessage> ConcludeAsync(Caller caller, Guid id, object body) =>
        caller.PostAsync($"/api/decisions/{id}/conclude", body);

    [Fact]
    public async Task the_proposer_adopts_it_with_a_rationale_and_a_review_date()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);

        await (await ConcludeAsync(members[0].Caller, id, new { outcome = "adopted", rationale = " Alle niveauer støtter. ", reviewOn = InAMonth }))
            .ShouldHaveStatusAsync(200);

        var decision = await DecisionAsync(members[0].Caller, id);
        Assert.Equal(("adopted", "Alle niveauer støtter.", InAMonth.ToString("yyyy-MM-dd")),
            (decision.Str("status"), decision.Str("rationale"), decision.Str("reviewOn")));
        Assert.Equal("Vedtog forslaget »Fælles vagtplan«", (await TimelineOfAsync(Secretariat, themeId, id)).Last().Str("summary"));
    }

    [Fact]
    public async Task the_secretariat_rejects_a_members_proposal()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);

        await (await ConcludeAsync(Secretariat, id, new { outcome = "rejected", rationale = "For dyrt." })).ShouldHaveStatusAsync(200);

        Assert.Equal("rejected", (await DecisionAsync(Secretariat, id)).Str("status"));
    }

    [Fact]
    public async Task a_decision_closed_for_positions_is_concluded_as_usual()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);
        Clock.Advance(TimeSpan.FromDays(4));
        await Host.InvokeMessageAndWaitAsync(new Domain.Decisions.CloseDecisionForPositions(id));

        await (await ConcludeAsync(members[0].Caller, id, new { outcome = "adopted", rationale = "Flertal." })).ShouldHaveStatusAsync(200);
    }

    [Fact]
    public async Task outcome_and_rationale_are_required_and_the_review_date_must_be_after_today()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);
        var before = await EventCountAsync();

        var missing = await (await ConcludeAsync(members[0].Caller, id, new { })).ShouldBeProblemAsync(400);
        var today = await (await ConcludeAsync(members[0].Caller, id,
            new { outcome = "adopted", rationale = "R", reviewOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime) })).ShouldBeProblemAsync(400);

        Assert.Equal("Udfaldet skal angives (adopted eller rejected).", missing.FieldError("outcome"));
        Assert.Equal("Begrundelsen skal udfyldes.", missing.FieldError("rationale"));
        Assert.Equal("Datoen for evaluering skal ligge efter i dag.", today.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task another_member_is_forbidden_and_an_outsider_or_unknown_decision_not_found()
    {
        var (themeId, members) = await ThemeWithAsync("closed", "kommune", "region");
        var id = await ProposeAsync(members[0].Caller, themeId);
        var (_, outsider) = await MemberAsync();
        var adopt = new { outcome = "adopted", rationale = "R" };

        var problem = await (await ConcludeAsync(members[1].Caller, id, adopt)).ShouldBeProblemAsync(403);
        await (await ConcludeAsync(outsider, id, adopt)).ShouldBeProblemAsync(404);
        await (await ConcludeAsync(Secretariat, Guid.NewGuid(), adopt)).ShouldBeProblemAsync(404);

        Assert.Contains("forslagsstilleren og sekretariatet", problem.Detail());
        Assert.Equal("open", (await DecisionAsync(Secretariat, id)).Str("status"));
    }

    [Fact]
    public async Task concluding_twice_is_a_conflict_and_nothing_is_written()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);
        await (await ConcludeAsync(members[0].Caller, id, new { outcome = "adopted", rationale = "R" })).ShouldHaveStatusAsync(200);
        var before = await EventCountAsync();

        await (await ConcludeAsync(Secretariat, id, new { outcome = "rejected", rationale = "Alligevel ikke" })).ShouldBeProblemAsync(409);

        Assert.Equal(before, await EventCountAsync());
        Assert.Equal("adopted", (await DecisionAsync(Secretariat, id)).Str("status"));
    }
}
