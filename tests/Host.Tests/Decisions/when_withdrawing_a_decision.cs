using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Decisions;

public sealed class when_withdrawing_a_decision(ForumFixture fixture) : DecisionTest(fixture)
{
    [Fact]
    public async Task the_proposer_withdraws_it_with_a_reason()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);

        await (await members[0].Caller.PostAsync($"/api/decisions/{id}/withdraw", new { reason = " Overhalet af ny lov. " })).ShouldHaveStatusAsync(200);

        var decision = await DecisionAsync(members[0].Caller, id);
        Assert.Equal(("withdrawn", "Overhalet af ny lov."), (decision.Str("status"), decision.Str("rationale")));
        Assert.Equal("decision.withdrawn", (await TimelineOfAsync(Secretariat, themeId, id)).Last().Str("type"));
    }

    [Fact]
    public async Task the_secretariat_withdraws_it_without_a_reason()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);

        await (await Secretariat.PostAsync($"/api/decisions/{id}/withdraw")).ShouldHaveStatusAsync(200);

        Assert.Equal("withdrawn", (await DecisionAsync(Secretariat, id)).Str("status"));
    }

    [Fact]
    public async Task another_member_is_forbidden_and_an_unknown_decision_not_found()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune", "region");
        var id = await ProposeAsync(members[0].Caller, themeId);

        await (await members[1].Caller.PostAsync($"/api/decisions/{id}/withdraw")).ShouldBeProblemAsync(403);
        await (await Secretariat.PostAsync($"/api/decisions/{Guid.NewGuid()}/withdraw")).ShouldBeProblemAsync(404);
        await (await Anonymous.PostAsync($"/api/decisions/{id}/withdraw")).ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task a_reason_over_two_thousand_characters_is_invalid()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);

        var problem = await (await members[0].Caller.PostAsync($"/api/decisions/{id}/withdraw", new { reason = new string('x', 2_001) }))
            .ShouldBeProblemAsync(400);

        Assert.Equal("Begrundelsen må højst være 2.000 tegn.", problem.FieldError("reason"));
    }

    [Theory]
    [InlineData("withdraw")]
    [InlineData("conclude")]
    public async Task withdrawing_a_settled_decision_is_a_conflict_and_nothing_is_written(string first)
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(members[0].Caller, themeId);
        await (await members[0].Caller.PostAsync($"/api/decisions/{id}/{first}", new { outcome = "adopted", rationale = "R" })).ShouldHaveStatusAsync(200);
        var before = await EventCountAsync();

        var problem = await (await members[0].Caller.PostAsync($"/api/decisions/{id}/withdraw")).ShouldBeProblemAsync(409);

        Assert.Equal("Forslaget er allerede afgjort eller trukket tilbage.", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }
}
