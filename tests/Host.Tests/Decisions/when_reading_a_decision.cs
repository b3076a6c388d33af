using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Decisions;

public sealed class when_reading_a_decision(ForumFixture fixture) : DecisionTest(fixture)
{
    [Fact]
    public async Task it_tallies_overall_and_per_level_and_names_who_is_missing_among_the_required_levels()
    {
        var (themeId, m) = await ThemeWithAsync("forum", "kommune", "kommune", "region", "folketing", "europaparlamentet", "kommune");
        var id = await ProposeAsync(m[0].Caller, themeId, "kommune", "region", "europaparlamentet");
        await (await TakePositionAsync(m[0].Caller, id, "support")).ShouldHaveStatusAsync(200);
        await (await TakePositionAsync(m[1].Caller, id, "object")).ShouldHaveStatusAsync(200);
        await (await TakePositionAsync(m[3].Caller, id, "abstain")).ShouldHaveStatusAsync(200);

        var decision = await DecisionAsync(Secretariat, id);

        Assert.Equal((1, 1, 1), Counts(decision.GetProperty("tally")));
        var perLevel = decision.GetProperty("tallyPerLevel");
        Assert.Equal((1, 1, 0), Counts(perLevel.GetProperty("kommune")));
        Assert.Equal((0, 0, 0), Counts(perLevel.GetProperty("region")));
        Assert.Equal((0, 0, 1), Counts(perLevel.GetProperty("folketing")));
        Assert.Equal((0, 0, 0), Counts(perLevel.GetProperty("europaparlamentet")));
        Assert.Equal(["region", "europaparlamentet"], decision.GetProperty("missingLevels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal([(m[2].Id, "Medlem 3", "region"), (m[4].Id, "Medlem 5", "europaparlamentet"), (m[5].Id, "Medlem 6", "kommune")],
            decision.GetProperty("missingMembers").EnumerateArray().Select(p => (p.Id("memberId"), p.Str("name"), p.Str("level"))));
    }

    [Fact]
    public async Task without_required_levels_nobody_is_missing()
    {
        var (themeId, m) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(m[0].Caller, themeId);

        var decision = await DecisionAsync(m[0].Caller, id);

        Assert.Empty(decision.GetProperty("missingLevels").EnumerateArray());
        Assert.Empty(decision.GetProperty("missingMembers").EnumerateArray());
    }

    [Fact]
    public async Task its_fields_are_camel_case_and_its_values_kebab_case()
    {
        var (themeId, m) = await ThemeWithAsync("forum", "europaparlamentet");
        var id = await ProposeAsync(m[0].Caller, themeId, "europaparlamentet");
        await (await TakePositionAsync(m[0].Caller, id, "abstain")).ShouldHaveStatusAsync(200);

        var decision = await DecisionAsync(m[0].Caller, id);

        Assert.Equal(
            ["id", "themeId", "title", "proposal", "deadline", "requiredLevels", "proposedBy", "proposedAt", "status", "rationale", "reviewOn",
             "reviewAsked", "version", "positions", "tally", "tallyPerLevel", "missingLevels", "missingMembers"],
            decision.EnumerateObject().Select(p => p.Name));
        var position = decision.GetProperty("positions")[0];
        Assert.Equal(["memberId", "name", "level", "body", "position", "reason", "takenAt"], position.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("europaparlamentet", "abstain", "open"), (position.Str("level"), position.Str("position"), decision.Str("status")));
        Assert.Equal(2, decision.GetProperty("version").GetInt32());
        Assert.Equal((m[0].Id, "member"), (decision.GetProperty("proposedBy").Id(), decision.GetProperty("proposedBy").Str("role")));
    }

    [Fact]
    public async Task a_forum_theme_decision_is_read_by_any_member_but_not_by_an_integrator()
    {
        var (themeId, m) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(m[0].Caller, themeId);
        var (_, other) = await MemberAsync();

        Assert.Equal(id, (await DecisionAsync(other, id)).Id());
        await (await Integrator.GetAsync($"/api/decisions/{id}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task a_public_theme_decision_is_read_by_an_integrator() =>
        Assert.Equal("open", (await DecisionAsync(Integrator, await ProposeAsync(Secretariat, (await ThemeWithAsync("public")).ThemeId))).Str("status"));

    [Fact]
    public async Task a_decision_in_a_closed_theme_of_others_is_not_found_like_an_unknown_one()
    {
        var (themeId, m) = await ThemeWithAsync("closed", "kommune");
        var id = await ProposeAsync(m[0].Caller, themeId);
        var (_, outsider) = await MemberAsync();

        await (await outsider.GetAsync($"/api/decisions/{id}")).ShouldBeUnknownAsync();
        await (await Secretariat.GetAsync($"/api/decisions/{Guid.NewGuid()}")).ShouldBeUnknownAsync();
        await (await Anonymous.GetAsync($"/api/decisions/{id}")).ShouldBeProblemAsync(401);
    }
}
