using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Experiments;

public sealed class when_reading_experiments(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_list_filters_by_theme_status_and_involved_level()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync(title: "Ældrepleje");
        var otherThemeId = await member.OpenThemeAsync(title: "Klima");
        var now = Clock.GetUtcNow();
        var proposed = await member.ProposeExperimentAsync(themeId, now, "Foreslået", ["kommune"]);
        var running = await member.ProposeExperimentAsync(themeId, now, "I gang", ["region", "europaparlamentet"]);
        var elsewhere = await member.ProposeExperimentAsync(otherThemeId, now, "Andetsteds", ["kommune", "folketing"]);
        await member.StartExperimentAsync(running);

        Assert.Equal([proposed, running], await IdsAsync(member, $"/api/experiments?theme={themeId}"));
        Assert.Equal([running], await IdsAsync(member, "/api/experiments?status=running"));
        Assert.Equal([proposed, elsewhere], await IdsAsync(member, "/api/experiments?level=kommune"));
        Assert.Equal([running], await IdsAsync(member, "/api/experiments?level=europaparlamentet"));
        Assert.Equal([elsewhere], await IdsAsync(member, $"/api/experiments?theme={otherThemeId}&status=proposed&level=folketing"));
        Assert.Empty(await IdsAsync(member, $"/api/experiments?theme={otherThemeId}&status=running"));
    }

    [Fact]
    public async Task the_list_comes_oldest_first_page_by_page()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var proposed = new List<Guid>();
        for (var i = 1; i <= 5; i++) proposed.Add(await member.ProposeExperimentAsync(themeId, Clock.GetUtcNow(), $"Eksperiment {i}"));

        var listed = await member.AllPagesAsync("/api/experiments", limit: 2);

        Assert.Equal(proposed, listed.Select(x => x.Id()));
    }

    [Fact]
    public async Task experiments_in_themes_the_caller_cannot_see_are_left_out_or_not_found()
    {
        var (_, insider) = await MemberAsync();
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var closed = await insider.OpenThemeAsync("closed", "Fortroligt");
        var forum = await insider.OpenThemeAsync("forum", "For medlemmer");
        var open = await Secretariat.OpenThemeAsync("public", "For alle");
        var hidden = await insider.ProposeExperimentAsync(closed, Clock.GetUtcNow());
        var members = await insider.ProposeExperimentAsync(forum, Clock.GetUtcNow());
        var everyone = await Secretariat.ProposeExperimentAsync(open, Clock.GetUtcNow());

        Assert.Equal([members, everyone], await IdsAsync(outsider, "/api/experiments"));
        Assert.Empty(await IdsAsync(outsider, $"/api/experiments?theme={closed}"));
        Assert.Equal([everyone], await IdsAsync(Integrator, "/api/experiments"));
        Assert.Equal([hidden, members, everyone], await IdsAsync(Secretariat, "/api/experiments"));

        await (await outsider.GetAsync($"/api/experiments/{hidden}")).ShouldBeUnknownAsync();
        await (await Integrator.GetAsync($"/api/experiments/{members}")).ShouldBeProblemAsync(404);
        Assert.Equal(everyone, (await Integrator.ExperimentAsync(everyone)).Id());
    }

    [Fact]
    public async Task an_unknown_experiment_is_not_found_and_strangers_are_not_let_in()
    {
        var (_, member) = await MemberAsync();

        await (await member.GetAsync($"/api/experiments/{Guid.NewGuid()}")).ShouldBeUnknownAsync();
        await (await Anonymous.GetAsync("/api/experiments")).ShouldBeProblemAsync(401);
        await (await Anonymous.GetAsync($"/api/experiments/{Guid.NewGuid()}")).ShouldBeProblemAsync(401);
    }

    [Theory]
    [InlineData("status", "/api/experiments?status=finished")]
    [InlineData("level", "/api/experiments?level=amt")]
    public async Task an_unreadable_filter_is_invalid(string parameter, string url)
    {
        var (_, member) = await MemberAsync();

        var problem = await (await member.GetAsync(url)).ShouldBeProblemAsync(400);

        Assert.False(string.IsNullOrWhiteSpace(problem.FieldError(parameter)));
    }

    private static async Task<Guid[]> IdsAsync(Caller caller, string url) =>
        (await caller.ItemsAsync(url)).Select(x => x.Id()).ToArray();
}
