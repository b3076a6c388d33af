using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Experiments;

public sealed class when_noting_progress(ForumFixture fixture) : ExperimentTest(fixture)
{
    [Fact]
    public async Task participants_and_the_secretariat_note_progress_and_the_notes_say_who_and_when()
    {
        var (themeId, id, proposer) = await ARunningExperimentAsync();
        var (otherId, other) = await AnotherParticipantAsync(themeId);

        await other.NoteProgressAsync(id, "  Vagtplanerne holder.  ");
        var firstAt = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromDays(7));
        await Secretariat.NoteProgressAsync(id, "Sygefraværet er faldet.");

        var notes = (await proposer.ExperimentAsync(id)).GetProperty("progress").EnumerateArray().ToArray();
        Assert.Equal(["Vagtplanerne holder.", "Sygefraværet er faldet."], notes.Select(n => n.Str("note")));
        Assert.Equal(otherId, notes[0].GetProperty("notedBy").Id());
        Assert.Equal(firstAt, notes[0].GetProperty("notedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(Clock.GetUtcNow(), notes[1].GetProperty("notedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var entry = (await proposer.ItemsAsync($"/api/themes/{themeId}/timeline")).Last();
        Assert.Equal(("experiment.progress-noted", "Noterede fremskridt i eksperimentet »Firedages arbejdsuge i ældreplejen«: »Sygefraværet er faldet.«"), (entry.Str("type"), entry.Str("summary")));
    }

    [Fact]
    public async Task a_proposed_experiment_takes_no_notes_and_nothing_is_written()
    {
        var (_, id, proposer) = await AProposalAsync();
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/progress", new { note = "For tidligt" })).ShouldBeProblemAsync(409);

        Assert.Equal("Et eksperiment skal være sat i gang, før der kan noteres fremskridt.", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_concluded_experiment_takes_no_more_notes()
    {
        var (_, id, proposer) = await ARunningExperimentAsync();
        await proposer.ConcludeExperimentAsync(id);
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/progress", new { note = "Efterskrift" })).ShouldBeProblemAsync(409);

        Assert.Equal("Eksperimentet er allerede afsluttet.", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Theory]
    [InlineData("""{ "note": "   " }""")]
    [InlineData("""{ }""")]
    public async Task a_note_needs_a_text(string body)
    {
        var (_, id, proposer) = await ARunningExperimentAsync();
        var before = await EventCountAsync();

        var problem = await (await proposer.PostAsync($"/api/experiments/{id}/progress", body)).ShouldBeProblemAsync(400);

        Assert.Equal("Notatet skal have en tekst.", problem.FieldError("note"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task someone_outside_the_theme_may_not_and_nothing_is_written()
    {
        var (_, id, _) = await ARunningExperimentAsync();
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var before = await EventCountAsync();

        var problem = await (await outsider.PostAsync($"/api/experiments/{id}/progress", new { note = "Udefra" })).ShouldBeProblemAsync(403);
        await (await Anonymous.PostAsync($"/api/experiments/{id}/progress", new { note = "Udefra" })).ShouldBeProblemAsync(401);
        await (await outsider.PostAsync($"/api/experiments/{Guid.NewGuid()}/progress", new { note = "Udefra" })).ShouldBeProblemAsync(404);

        Assert.Contains("deltage i temaet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }
}
