using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Experiments;

public sealed class when_starting_an_experiment(ForumFixture fixture) : ExperimentTest(fixture)
{
    [Fact]
    public async Task the_proposer_starts_it_and_gets_it_back_running()
    {
        var (themeId, id, proposer) = await AProposalAsync();

        var response = await proposer.PostAsync($"/api/experiments/{id}/start");

        await response.ShouldHaveStatusAsync(200);
        var experiment = await proposer.ExperimentAsync(id);
        Assert.Equal(("running", 2), (experiment.Str("status"), experiment.GetProperty("version").GetInt32()));
        Assert.Equal(Clock.GetUtcNow(), experiment.GetProperty("startedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var entry = (await proposer.ItemsAsync($"/api/themes/{themeId}/timeline")).Last();
        Assert.Equal(("experiment.started", "Satte eksperimentet »Firedages arbejdsuge i ældreplejen« i gang"), (entry.Str("type"), entry.Str("summary")));
    }

    [Fact]
    public async Task the_secretariat_starts_it_for_the_proposer()
    {
        var (_, id, proposer) = await AProposalAsync();

        await Secretariat.StartExperimentAsync(id);

        Assert.Equal("running", (await proposer.ExperimentAsync(id)).Str("status"));
    }

    [Fact]
    public async Task starting_twice_is_a_conflict_and_nothing_is_written()
    {
        var (_, id, proposer) = await AProposalAsync();
        await proposer.StartExperimentAsync(id);
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/start")).ShouldBeProblemAsync(409);

        Assert.Equal("Eksperimentet er allerede sat i gang.", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_abandoned_experiment_does_not_start()
    {
        var (_, id, proposer) = await AProposalAsync();
        await proposer.AbandonExperimentAsync(id);
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/start")).ShouldBeProblemAsync(409);

        Assert.Contains("opgivet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task another_participant_may_not_start_it_and_nothing_is_written()
    {
        var (themeId, id, _) = await AProposalAsync();
        var (_, other) = await AnotherParticipantAsync(themeId);
        var before = await EventCountAsync();

        var problem = await (await other.PostAsync($"/api/experiments/{id}/start")).ShouldBeProblemAsync(403);
        await (await Anonymous.PostAsync($"/api/experiments/{id}/start")).ShouldBeProblemAsync(401);

        Assert.Contains("foreslået eksperimentet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_experiment_in_a_closed_theme_or_an_unknown_one_is_not_found()
    {
        var (_, id, _) = await AProposalAsync("closed");
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var before = await EventCountAsync();

        await (await outsider.PostAsync($"/api/experiments/{id}/start")).ShouldBeUnknownAsync();
        await (await Secretariat.PostAsync($"/api/experiments/{Guid.NewGuid()}/start")).ShouldBeUnknownAsync();

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task nothing_starts_in_an_archived_theme()
    {
        var (themeId, id, proposer) = await AProposalAsync();
        await (await Secretariat.PostAsync($"/api/themes/{themeId}/archive")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/start")).ShouldBeProblemAsync(409);

        Assert.Contains("arkiveret", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }
}
