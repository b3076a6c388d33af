using System.Text.Json.Nodes;
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

    /// <summary>
    /// The answer is built from the experiment the command left, not read back (Done.Left): it must be what a read of the
    /// experiment shows right after, field for field, version and notes included.
    /// </summary>
    [Fact]
    public async Task the_answer_is_the_experiment_as_a_read_shows_it_afterwards()
    {
        var (themeId, id, proposer) = await ARunningExperimentAsync();
        var (_, other) = await AnotherParticipantAsync(themeId);
        await proposer.NoteProgressAsync(id, "Første uge.");

        var answer = await other.PostAsync($"/api/experiments/{id}/progress", new { note = "Anden uge." });

        await answer.ShouldHaveStatusAsync(200);
        var answered = JsonNode.Parse(await answer.Content.ReadAsStringAsync());
        var read = JsonNode.Parse((await other.ExperimentAsync(id)).GetRawText());
        Assert.True(JsonNode.DeepEquals(read, answered), $"answered {answered}\nread afterwards {read}");
        Assert.Equal(4, answered!["version"]!.GetValue<int>());
    }

    /// <summary>A retry is answered from the remembered outcome, which holds no experiment: the door reads it instead.</summary>
    [Fact]
    public async Task a_retried_note_is_noted_once_and_answered_with_the_experiment()
    {
        var (_, id, proposer) = await ARunningExperimentAsync();
        var key = Guid.NewGuid().ToString();
        var before = await EventCountAsync();

        var first = await proposer.PostAsync($"/api/experiments/{id}/progress", new { note = "Én gang." }, key);
        var retry = await proposer.PostAsync($"/api/experiments/{id}/progress", new { note = "Én gang." }, key);

        await first.ShouldHaveStatusAsync(200);
        await retry.ShouldHaveStatusAsync(200);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await first.Content.ReadAsStringAsync()), JsonNode.Parse(await retry.Content.ReadAsStringAsync())));
        Assert.Equal(before + 1, await EventCountAsync());
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
