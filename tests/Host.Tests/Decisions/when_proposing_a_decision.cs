using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Decisions;

public sealed class when_proposing_a_decision(ForumFixture fixture) : DecisionTest(fixture)
{
    [Fact]
    public async Task a_participant_proposes_it_and_it_opens_for_positions_until_the_deadline()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var deadline = InThreeDays;

        var id = await members[0].Caller.CreateAsync($"/api/themes/{themeId}/decisions", Proposal(deadline, "region", "kommune", "region"));

        var decision = await DecisionAsync(members[0].Caller, id);
        Assert.Equal(("open", "Fælles vagtplan", themeId, members[0].Id), (decision.Str("status"), decision.Str("title"), decision.Id("themeId"), decision.GetProperty("proposedBy").Id()));
        Assert.Equal(deadline, decision.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(["kommune", "region"], decision.GetProperty("requiredLevels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("decision.proposed", (await TimelineOfAsync(members[0].Caller, themeId, id)).Single().Str("type"));
    }

    [Fact]
    public async Task the_secretariat_proposes_without_taking_part()
    {
        var (themeId, _) = await ThemeWithAsync("closed");

        var id = await ProposeAsync(Secretariat, themeId);

        Assert.Equal("open", (await DecisionAsync(Secretariat, id)).Str("status"));
    }

    [Fact]
    public async Task each_missing_field_is_named_and_nothing_is_written()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var before = await EventCountAsync();

        var problem = await (await members[0].Caller.PostAsync($"/api/themes/{themeId}/decisions", new { })).ShouldBeProblemAsync(400);

        Assert.Equal("Titel skal udfyldes.", problem.FieldError("title"));
        Assert.Equal("Forslaget skal have en tekst.", problem.FieldError("proposal"));
        Assert.Equal("Fristen skal angives.", problem.FieldError("deadline"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_level_that_does_not_exist_is_invalid()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");

        var problem = await (await members[0].Caller.PostAsync($"/api/themes/{themeId}/decisions", Proposal(InThreeDays, "amt")))
            .ShouldBeProblemAsync(400);

        Assert.Contains("requiredLevels", problem.Detail());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(47)]
    [InlineData(24 * 366)]
    public async Task in_normal_pace_a_deadline_under_two_days_or_over_a_year_ahead_is_invalid(int hours)
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var before = await EventCountAsync();

        var problem = await (await members[0].Caller.PostAsync($"/api/themes/{themeId}/decisions", Proposal(Clock.GetUtcNow().AddHours(hours))))
            .ShouldBeProblemAsync(400);

        Assert.Contains(hours > 48 ? "et år" : "to døgn", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_member_who_does_not_take_part_and_an_integrator_are_forbidden()
    {
        var (themeId, _) = await ThemeWithAsync("public");
        var (_, outsider) = await MemberAsync();

        await (await outsider.PostAsync($"/api/themes/{themeId}/decisions", Proposal(InThreeDays))).ShouldBeProblemAsync(403);
        await (await Integrator.PostAsync($"/api/themes/{themeId}/decisions", Proposal(InThreeDays))).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task a_closed_theme_of_others_and_an_unknown_theme_are_not_found()
    {
        var (themeId, _) = await ThemeWithAsync("closed", "kommune");
        var (_, outsider) = await MemberAsync();

        await (await outsider.PostAsync($"/api/themes/{themeId}/decisions", Proposal(InThreeDays))).ShouldBeProblemAsync(404);
        await (await Secretariat.PostAsync($"/api/themes/{Guid.NewGuid()}/decisions", Proposal(InThreeDays))).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task an_archived_theme_is_a_conflict()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        await (await Secretariat.PostAsync($"/api/themes/{themeId}/archive")).ShouldHaveStatusAsync(204);

        var problem = await (await members[0].Caller.PostAsync($"/api/themes/{themeId}/decisions", Proposal(InThreeDays))).ShouldBeProblemAsync(409);

        Assert.Contains("arkiveret", problem.Detail());
    }

    [Fact]
    public async Task without_a_token_it_is_unauthorised()
    {
        var (themeId, _) = await ThemeWithAsync("public");

        await (await Anonymous.PostAsync($"/api/themes/{themeId}/decisions", Proposal(InThreeDays))).ShouldBeProblemAsync(401);
    }
}
