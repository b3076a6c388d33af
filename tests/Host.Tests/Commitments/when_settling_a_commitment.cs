using System.Net.Http.Json;
using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Commitments;

public sealed class when_settling_a_commitment(ForumFixture fixture) : CommitmentTest(fixture)
{
    [Fact]
    public async Task the_member_who_committed_reports_it_fulfilled_with_a_note()
    {
        var forum = await ThreeLevelsAsync();
        var id = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "region", Today.AddDays(7));

        var response = await forum.Mette.Caller.PostAsync($"/api/commitments/{id}/fulfil", new { note = " Tallene er sendt. " });

        await response.ShouldHaveStatusAsync(200);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(("fulfilled", "Tallene er sendt.", false), (updated.Str("status"), updated.Str("settlement"), updated.GetProperty("wasOverdue").GetBoolean()));
        var read = await CommitmentAsync(forum.Anne.Caller, id);
        Assert.Equal((forum.Mette.Id, "fulfilled"), (read.GetProperty("settledBy").Id(), read.Str("status")));

        var fulfilled = (await forum.Anne.Caller.ItemsAsync($"/api/themes/{forum.ThemeId}/timeline")).Last();
        Assert.Equal(("commitment.fulfilled", "Indfriede tilsagnet om »Data om ventelister«: »Tallene er sendt.«"), (fulfilled.Str("type"), fulfilled.Str("summary")));
    }

    [Fact]
    public async Task the_secretariat_withdraws_it_with_a_reason()
    {
        var forum = await ThreeLevelsAsync();
        var id = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "folketing", Today.AddDays(7));

        await (await Secretariat.PostAsync($"/api/commitments/{id}/withdraw", new { reason = "Kommunen har trukket sig fra projektet." }))
            .ShouldHaveStatusAsync(200);

        var read = await CommitmentAsync(forum.Jonas.Caller, id);
        Assert.Equal(("withdrawn", "Kommunen har trukket sig fra projektet."), (read.Str("status"), read.Str("settlement")));
        var withdrawn = (await forum.Anne.Caller.ItemsAsync($"/api/themes/{forum.ThemeId}/timeline")).Last();
        Assert.Equal(("commitment.withdrawn", "Sekretariatet"), (withdrawn.Str("type"), withdrawn.GetProperty("actor").Str("name")));
    }

    [Fact]
    public async Task a_commitment_is_settled_once_and_nothing_more_is_written()
    {
        var forum = await ThreeLevelsAsync();
        var fulfilled = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "region", Today.AddDays(7));
        var withdrawn = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "region", Today.AddDays(7));
        await (await forum.Mette.Caller.PostAsync($"/api/commitments/{fulfilled}/fulfil", new { note = "Sendt" })).ShouldHaveStatusAsync(200);
        await (await forum.Mette.Caller.PostAsync($"/api/commitments/{withdrawn}/withdraw", new { reason = "Udsat" })).ShouldHaveStatusAsync(200);
        var before = await EventCountAsync();

        Assert.Contains("allerede meldt indfriet", (await (await forum.Mette.Caller.PostAsync($"/api/commitments/{fulfilled}/fulfil", new { note = "Igen" }))
            .ShouldBeProblemAsync(409)).Detail());
        await (await Secretariat.PostAsync($"/api/commitments/{fulfilled}/withdraw", new { reason = "Alligevel ikke" })).ShouldBeProblemAsync(409);
        Assert.Contains("allerede trukket tilbage", (await (await forum.Mette.Caller.PostAsync($"/api/commitments/{withdrawn}/fulfil", new { note = "Sendt" }))
            .ShouldBeProblemAsync(409)).Detail());
        await (await forum.Mette.Caller.PostAsync($"/api/commitments/{withdrawn}/withdraw", new { reason = "Igen" })).ShouldBeProblemAsync(409);

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task only_the_member_who_committed_and_the_secretariat_settle_it()
    {
        var forum = await ThreeLevelsAsync("public");
        var id = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "region", Today.AddDays(7));
        var before = await EventCountAsync();

        Assert.Contains("gav tilsagnet", (await (await forum.Anne.Caller.PostAsync($"/api/commitments/{id}/fulfil", new { note = "Modtaget" }))
            .ShouldBeProblemAsync(403)).Detail());
        await (await forum.Jonas.Caller.PostAsync($"/api/commitments/{id}/withdraw", new { reason = "Nej" })).ShouldBeProblemAsync(403);
        await (await Integrator.PostAsync($"/api/commitments/{id}/fulfil", new { note = "Sendt" })).ShouldBeProblemAsync(403);
        await (await Anonymous.PostAsync($"/api/commitments/{id}/fulfil", new { note = "Sendt" })).ShouldHaveStatusAsync(401);

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_note_and_a_reason_are_required()
    {
        var forum = await ThreeLevelsAsync();
        var id = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "region", Today.AddDays(7));
        var before = await EventCountAsync();

        Assert.Contains("leveret", (await (await forum.Mette.Caller.PostAsync($"/api/commitments/{id}/fulfil", new { note = "" }))
            .ShouldBeProblemAsync(400)).FieldError("note"));
        Assert.Contains("Begrundelsen", (await (await forum.Mette.Caller.PostAsync($"/api/commitments/{id}/withdraw", new { }))
            .ShouldBeProblemAsync(400)).FieldError("reason"));
        (await (await forum.Mette.Caller.PostAsync($"/api/commitments/{id}/fulfil", new { note = new string('x', 2_001) }))
            .ShouldBeProblemAsync(400)).FieldError("note");

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_unknown_commitment_or_one_in_a_closed_theme_is_not_found()
    {
        var forum = await ThreeLevelsAsync("closed");
        var id = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "region", Today.AddDays(7));
        var (_, outsider) = await MemberAsync("Ida Lund", "europaparlamentet", "Europa-Parlamentet");

        await (await outsider.PostAsync($"/api/commitments/{id}/fulfil", new { note = "Sendt" })).ShouldBeProblemAsync(404);
        await (await outsider.PostAsync($"/api/commitments/{id}/withdraw", new { reason = "Nej" })).ShouldBeProblemAsync(404);
        await (await Secretariat.PostAsync($"/api/commitments/{Guid.NewGuid()}/fulfil", new { note = "Sendt" })).ShouldHaveStatusAsync(404);
        await (await Secretariat.PostAsync($"/api/commitments/{Guid.NewGuid()}/withdraw", new { reason = "Nej" })).ShouldHaveStatusAsync(404);
    }
}
