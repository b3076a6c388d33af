using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Experiments;

public sealed class when_proposing_an_experiment(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_participant_proposes_it_and_it_waits_to_be_started()
    {
        var (memberId, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var plannedEnd = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddMonths(6);

        var id = await member.CreateAsync($"/api/themes/{themeId}/experiments", new
        {
            title = " Firedages arbejdsuge ", hypothesis = "Flere søger job.", bodies = new[] { "Odense Kommune", " odense kommune ", "Folketinget" },
            levels = new[] { "region", "kommune", "region" }, plannedEnd
        });

        var experiment = await member.ExperimentAsync(id);
        Assert.Equal(("Firedages arbejdsuge", "Flere søger job.", "proposed", themeId, memberId),
            (experiment.Str("title"), experiment.Str("hypothesis"), experiment.Str("status"), experiment.Id("themeId"), experiment.GetProperty("proposedBy").Id()));
        Assert.Equal(["Odense Kommune", "Folketinget"], experiment.GetProperty("bodies").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["kommune", "region"], experiment.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(plannedEnd.ToString("yyyy-MM-dd"), experiment.Str("plannedEnd"));
        Assert.False(experiment.GetProperty("lessonsInvited").GetBoolean());
        Assert.Empty(experiment.GetProperty("progress").EnumerateArray());
    }

    [Fact]
    public async Task the_secretariat_proposes_in_a_theme_it_does_not_take_part_in()
    {
        var themeId = await Secretariat.OpenThemeAsync("closed");

        var id = await Secretariat.ProposeExperimentAsync(themeId, Clock.GetUtcNow());

        Assert.Equal("proposed", (await Secretariat.ExperimentAsync(id)).Str("status"));
    }

    [Fact]
    public async Task the_proposal_shows_in_the_theme_timeline()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();

        var id = await member.ProposeExperimentAsync(themeId, Clock.GetUtcNow());

        var entry = (await member.ItemsAsync($"/api/themes/{themeId}/timeline")).Last();
        Assert.Equal(("experiment.proposed", "Foreslog eksperimentet »Firedages arbejdsuge i ældreplejen«", id),
            (entry.Str("type"), entry.Str("summary"), entry.Id("itemId")));
    }

    [Fact]
    public async Task only_participants_and_the_secretariat_propose_and_nothing_is_written_otherwise()
    {
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var themeId = await Secretariat.OpenThemeAsync("public");
        var body = ExperimentSteps.Proposal(Clock.GetUtcNow());
        var before = await EventCountAsync();

        var problem = await (await outsider.PostAsync($"/api/themes/{themeId}/experiments", body)).ShouldBeProblemAsync(403);
        await (await Integrator.PostAsync($"/api/themes/{themeId}/experiments", body)).ShouldBeProblemAsync(403);
        await (await Anonymous.PostAsync($"/api/themes/{themeId}/experiments", body)).ShouldBeProblemAsync(401);

        Assert.Contains("deltage i temaet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_closed_or_unknown_theme_is_not_found()
    {
        var (_, outsider) = await MemberAsync();
        var closed = await Secretariat.OpenThemeAsync("closed");
        var body = ExperimentSteps.Proposal(Clock.GetUtcNow());
        var before = await EventCountAsync();

        await (await outsider.PostAsync($"/api/themes/{closed}/experiments", body)).ShouldBeProblemAsync(404);
        await (await Secretariat.PostAsync($"/api/themes/{Guid.NewGuid()}/experiments", body)).ShouldBeProblemAsync(404);

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task nobody_proposes_in_an_archived_theme()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        await (await member.PostAsync($"/api/themes/{themeId}/archive")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync($"/api/themes/{themeId}/experiments", ExperimentSteps.Proposal(Clock.GetUtcNow())))
            .ShouldBeProblemAsync(409);

        Assert.Contains("arkiveret", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    public static TheoryData<string, string> BadFields => new()
    {
        { "title", """{ "title": " ", "hypothesis": "H", "bodies": ["Odense Kommune"], "levels": ["kommune"], "plannedEnd": "2999-01-01" }""" },
        { "title", $$"""{ "title": "{{new string('t', 201)}}", "hypothesis": "H", "bodies": ["Odense Kommune"], "levels": ["kommune"], "plannedEnd": "2999-01-01" }""" },
        { "hypothesis", """{ "title": "T", "bodies": ["Odense Kommune"], "levels": ["kommune"], "plannedEnd": "2999-01-01" }""" },
        { "bodies", """{ "title": "T", "hypothesis": "H", "bodies": [], "levels": ["kommune"], "plannedEnd": "2999-01-01" }""" },
        { "bodies", """{ "title": "T", "hypothesis": "H", "levels": ["kommune"], "plannedEnd": "2999-01-01" }""" },
        { "bodies", """{ "title": "T", "hypothesis": "H", "bodies": ["Odense Kommune", " "], "levels": ["kommune"], "plannedEnd": "2999-01-01" }""" },
        { "levels", """{ "title": "T", "hypothesis": "H", "bodies": ["Odense Kommune"], "levels": [], "plannedEnd": "2999-01-01" }""" },
        // An unknown level is named by its place in the list.
        { "levels[1]", """{ "title": "T", "hypothesis": "H", "bodies": ["Odense Kommune"], "levels": ["kommune", "amt"], "plannedEnd": "2999-01-01" }""" },
        { "plannedEnd", """{ "title": "T", "hypothesis": "H", "bodies": ["Odense Kommune"], "levels": ["kommune"] }""" },
        { "plannedEnd", """{ "title": "T", "hypothesis": "H", "bodies": ["Odense Kommune"], "levels": ["kommune"], "plannedEnd": "snart" }""" }
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task each_field_is_checked_and_nothing_is_written(string field, string body)
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync($"/api/themes/{themeId}/experiments", body)).ShouldBeProblemAsync(400);

        Assert.False(string.IsNullOrWhiteSpace(problem.FieldError(field)));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_planned_end_that_is_not_after_today_is_invalid()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync($"/api/themes/{themeId}/experiments", new
        {
            title = "T", hypothesis = "H", bodies = new[] { "Odense Kommune" }, levels = new[] { "kommune" }, plannedEnd = today
        })).ShouldBeProblemAsync(400);

        Assert.Contains("efter i dag", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }
}
