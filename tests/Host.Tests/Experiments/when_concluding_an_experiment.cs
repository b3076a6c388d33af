using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Experiments;

public sealed class when_concluding_an_experiment(ForumFixture fixture) : ExperimentTest(fixture)
{
    [Theory]
    [InlineData("succeeded", "lykkedes")]
    [InlineData("mixed", "fik et blandet udfald")]
    [InlineData("failed", "gik skævt")]
    public async Task the_proposer_concludes_it_and_lessons_are_invited(string outcome, string said)
    {
        var (themeId, id, proposer) = await ARunningExperimentAsync();

        await proposer.ConcludeExperimentAsync(id, outcome, " Flere ansøgere, dyrere vikarer. ");

        var experiment = await proposer.ExperimentAsync(id);
        Assert.Equal(("concluded", outcome, "Flere ansøgere, dyrere vikarer.", true),
            (experiment.Str("status"), experiment.Str("outcome"), experiment.Str("summary"), experiment.GetProperty("lessonsInvited").GetBoolean()));
        var entry = (await proposer.ItemsAsync($"/api/themes/{themeId}/timeline")).Last();
        Assert.Equal(("experiment.concluded", $"Afsluttede eksperimentet »Firedages arbejdsuge i ældreplejen«, som {said}. Del gerne jeres erfaringer.", id),
            (entry.Str("type"), entry.Str("summary"), entry.Id("itemId")));
    }

    [Fact]
    public async Task the_secretariat_concludes_it_for_the_proposer()
    {
        var (_, id, proposer) = await ARunningExperimentAsync();

        await Secretariat.ConcludeExperimentAsync(id, "failed");

        Assert.Equal("failed", (await proposer.ExperimentAsync(id)).Str("outcome"));
    }

    [Fact]
    public async Task a_proposed_experiment_must_be_started_before_it_concludes()
    {
        var (_, id, proposer) = await AProposalAsync();
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/conclude", new { outcome = "succeeded", summary = "S" }))
            .ShouldBeProblemAsync(409);

        Assert.Contains("sat i gang, før det kan afsluttes", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task concluding_twice_is_a_conflict_and_the_first_outcome_stands()
    {
        var (_, id, proposer) = await ARunningExperimentAsync();
        await proposer.ConcludeExperimentAsync(id, "succeeded");
        var before = await EventCountAsync();

        var problem = await (await Secretariat.PostAsync($"/api/experiments/{id}/conclude", new { outcome = "failed", summary = "S" }))
            .ShouldBeProblemAsync(409);

        Assert.Equal("Eksperimentet er allerede afsluttet.", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
        Assert.Equal("succeeded", (await proposer.ExperimentAsync(id)).Str("outcome"));
    }

    [Theory]
    [InlineData("outcome", """{ "summary": "S" }""")]
    [InlineData("outcome", """{ "outcome": "great", "summary": "S" }""")]
    [InlineData("summary", """{ "outcome": "mixed" }""")]
    [InlineData("summary", """{ "outcome": "mixed", "summary": " " }""")]
    public async Task each_field_is_checked_and_nothing_is_written(string field, string body)
    {
        var (_, id, proposer) = await ARunningExperimentAsync();
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/conclude", body)).ShouldBeProblemAsync(400);

        Assert.False(string.IsNullOrWhiteSpace(problem.FieldError(field)));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task only_the_proposer_and_the_secretariat_conclude()
    {
        var (themeId, id, _) = await ARunningExperimentAsync();
        var (_, other) = await AnotherParticipantAsync(themeId);
        var body = new { outcome = "succeeded", summary = "S" };
        var before = await EventCountAsync();

        await (await other.PostAsync($"/api/experiments/{id}/conclude", body)).ShouldBeProblemAsync(403);
        await (await Anonymous.PostAsync($"/api/experiments/{id}/conclude", body)).ShouldBeProblemAsync(401);
        await (await Secretariat.PostAsync($"/api/experiments/{Guid.NewGuid()}/conclude", body)).ShouldBeProblemAsync(404);

        Assert.Equal(before, await EventCountAsync());
    }
}
