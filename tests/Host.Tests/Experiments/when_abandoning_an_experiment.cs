using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Experiments;

public sealed class when_abandoning_an_experiment(ForumFixture fixture) : ExperimentTest(fixture)
{
    [Fact]
    public async Task the_proposer_gives_up_a_proposal_with_a_reason()
    {
        var (themeId, id, proposer) = await AProposalAsync();

        await proposer.AbandonExperimentAsync(id, " Budgettet blev skåret. ");

        var experiment = await proposer.ExperimentAsync(id);
        Assert.Equal(("abandoned", "Budgettet blev skåret.", false),
            (experiment.Str("status"), experiment.Str("abandonReason"), experiment.GetProperty("lessonsInvited").GetBoolean()));
        var entry = (await proposer.ItemsAsync($"/api/themes/{themeId}/timeline")).Last();
        Assert.Equal(("experiment.abandoned", "Opgav eksperimentet »Firedages arbejdsuge i ældreplejen« med begrundelsen »Budgettet blev skåret.«"),
            (entry.Str("type"), entry.Str("summary")));
    }

    [Fact]
    public async Task the_secretariat_gives_up_a_running_experiment()
    {
        var (_, id, proposer) = await AProposalAsync();
        await proposer.StartExperimentAsync(id);

        await Secretariat.AbandonExperimentAsync(id);

        Assert.Equal("abandoned", (await proposer.ExperimentAsync(id)).Str("status"));
    }

    [Fact]
    public async Task a_concluded_experiment_cannot_be_abandoned_and_nothing_is_written()
    {
        var (_, id, proposer) = await AProposalAsync();
        await proposer.StartExperimentAsync(id);
        await proposer.ConcludeExperimentAsync(id);
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/abandon", new { reason = "Fortrudt" })).ShouldBeProblemAsync(409);
        await (await Secretariat.PostAsync($"/api/experiments/{id}/abandon", new { reason = "Fortrudt" })).ShouldBeProblemAsync(409);

        Assert.Equal("Eksperimentet er allerede afsluttet.", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task abandoning_twice_is_a_conflict()
    {
        var (_, id, proposer) = await AProposalAsync();
        await proposer.AbandonExperimentAsync(id);
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/abandon", new { reason = "Igen" })).ShouldBeProblemAsync(409);

        Assert.Contains("opgivet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Theory]
    [InlineData("""{ }""")]
    [InlineData("""{ "reason": "" }""")]
    public async Task a_reason_is_needed(string body)
    {
        var (_, id, proposer) = await AProposalAsync();
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/abandon", body)).ShouldBeProblemAsync(400);

        Assert.Equal("Begrundelsen skal udfyldes.", problem.FieldError("reason"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task only_the_proposer_and_the_secretariat_abandon()
    {
        var (themeId, id, _) = await AProposalAsync();
        var (_, other) = await AnotherParticipantAsync(themeId);
        var before = await EventCountAsync();

        var problem = await (await other.PostAsync($"/api/experiments/{id}/abandon", new { reason = "R" })).ShouldBeProblemAsync(403);
        await (await Anonymous.PostAsync($"/api/experiments/{id}/abandon", new { reason = "R" })).ShouldBeProblemAsync(401);
        await (await Secretariat.PostAsync($"/api/experiments/{Guid.NewGuid()}/abandon", new { reason = "R" })).ShouldBeProblemAsync(404);

        Assert.Contains("foreslået eksperimentet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }
}
