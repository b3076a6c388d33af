using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Commitments;

public sealed class when_making_a_commitment(ForumFixture fixture) : CommitmentTest(fixture)
{
    [Fact]
    public async Task a_participant_commits_on_behalf_of_their_body_and_the_timeline_shows_it()
    {
        var forum = await ThreeLevelsAsync();
        var dueOn = Today.AddDays(14);

        var id = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "region", dueOn, "  Data om ventelister  ");

        var commitment = await CommitmentAsync(forum.Anne.Caller, id);
        Assert.Equal(forum.ThemeId, commitment.Id("themeId"));
        Assert.Equal(forum.Mette.Id, commitment.GetProperty("madeBy").Id());
        Assert.Equal(("kommune", "Aarhus Kommune", "region"), (commitment.Str("fromLevel"), commitment.Str("fromBody"), commitment.Str("toLevel")));
        Assert.Equal("Data om ventelister", commitment.Str("what"));
        Assert.Equal(dueOn, DateOnly.Parse(commitment.Str("dueOn")));
        Assert.Equal(("open", false), (commitment.Str("status"), commitment.GetProperty("wasOverdue").GetBoolean()));
        Assert.True(commitment.GetProperty("dueAt").GetDateTimeOffset() > Clock.GetUtcNow().AddDays(14));

        var made = (await forum.Anne.Caller.ItemsAsync($"/api/themes/{forum.ThemeId}/timeline")).Last();
        Assert.Equal(("commitment.made", "Mette Holm", id), (made.Str("type"), made.GetProperty("actor").Str("name"), made.Id("itemId")));
        Assert.StartsWith("Gav på vegne af Aarhus Kommune tilsagn til regionerne om »Data om ventelister« senest", made.Str("summary"));
    }

    [Fact]
    public async Task the_body_comes_from_the_registry_not_from_the_request()
    {
        var forum = await ThreeLevelsAsync();

        var id = await forum.Anne.Caller.CreateAsync($"/api/themes/{forum.ThemeId}/commitments",
            new { what = "Busplan", toLevel = "kommune", dueOn = Today.AddDays(3), fromLevel = "folketing", fromBody = "Folketinget" });

        var commitment = await CommitmentAsync(forum.Anne.Caller, id);
        Assert.Equal(("region", "Region Midtjylland"), (commitment.Str("fromLevel"), commitment.Str("fromBody")));
    }

    [Fact]
    public async Task without_a_level_it_is_made_to_the_forum_and_it_may_point_to_a_decision()
    {
        var forum = await ThreeLevelsAsync();
        var decisionId = await forum.Anne.Caller.CreateAsync($"/api/themes/{forum.ThemeId}/decisions",
            new { title = "Fælles data", proposal = "Vi deler ventelistedata", deadline = Clock.GetUtcNow().AddDays(3) });

        var id = await CommitAsync(forum.Jonas.Caller, forum.ThemeId, null, Today.AddDays(1), decisionId: decisionId);

        var commitment = await CommitmentAsync(forum.Jonas.Caller, id);
        Assert.Equal(JsonValueKind.Null, commitment.GetProperty("toLevel").ValueKind);
        Assert.Equal(decisionId, commitment.Id("decisionId"));
    }

    [Fact]
    public async Task each_field_is_checked_and_nothing_is_written()
    {
        var forum = await ThreeLevelsAsync();
        var otherTheme = await forum.Anne.Caller.OpenThemeAsync(title: "Andet tema");
        var elsewhere = await forum.Anne.Caller.CreateAsync($"/api/themes/{otherTheme}/decisions",
            new { title = "Andet", proposal = "Andet", deadline = Clock.GetUtcNow().AddDays(3) });
        var url = $"/api/themes/{forum.ThemeId}/commitments";
        var mette = forum.Mette.Caller;
        var before = await EventCountAsync();

        Assert.Contains("beskrives", (await (await mette.PostAsync(url, new { what = " ", dueOn = Today.AddDays(2) })).ShouldBeProblemAsync(400)).FieldError("what"));
        Assert.Contains("angives", (await (await mette.PostAsync(url, new { what = "Data" })).ShouldBeProblemAsync(400)).FieldError("dueOn"));
        (await (await mette.PostAsync(url, new { what = "Data", toLevel = "amt", dueOn = Today.AddDays(2) })).ShouldBeProblemAsync(400)).FieldError("toLevel");
        (await (await mette.PostAsync(url, new { what = "Data", dueOn = "i morgen" })).ShouldBeProblemAsync(400)).FieldError("dueOn");
        Assert.Contains("efter i dag", (await (await mette.PostAsync(url, new { what = "Data", dueOn = Today })).ShouldBeProblemAsync(400)).Detail());
        Assert.Contains("fem år", (await (await mette.PostAsync(url, new { what = "Data", dueOn = Today.AddYears(6) })).ShouldBeProblemAsync(400)).Detail());
        Assert.Contains("andet niveau", (await (await mette.PostAsync(url, new { what = "Data", toLevel = "kommune", dueOn = Today.AddDays(2) }))
            .ShouldBeProblemAsync(400)).Detail());
        foreach (var decisionId in new[] { Guid.NewGuid(), elsewhere })
            Assert.Contains("findes ikke i dette tema", (await (await mette.PostAsync(url, new { what = "Data", dueOn = Today.AddDays(2), decisionId }))
                .ShouldBeProblemAsync(400)).Detail());

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task only_participating_members_commit_and_nothing_is_written()
    {
        var forum = await ThreeLevelsAsync();
        var (_, outsider) = await MemberAsync("Ida Lund", "europaparlamentet", "Europa-Parlamentet");
        var body = new { what = "Data", toLevel = "region", dueOn = Today.AddDays(2) };
        var url = $"/api/themes/{forum.ThemeId}/commitments";
        var before = await EventCountAsync();

        Assert.Contains("deltagende medlemmer", (await (await outsider.PostAsync(url, body)).ShouldBeProblemAsync(403)).Detail());
        await (await Secretariat.PostAsync(url, body)).ShouldBeProblemAsync(403);
        await (await Anonymous.PostAsync(url, body)).ShouldHaveStatusAsync(401);

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_closed_or_unknown_theme_is_not_found_and_an_archived_one_is_a_conflict()
    {
        var closed = await ThreeLevelsAsync("closed");
        var (_, outsider) = await MemberAsync("Ida Lund", "europaparlamentet", "Europa-Parlamentet");
        var body = new { what = "Data", toLevel = "region", dueOn = Today.AddDays(2) };

        await (await outsider.PostAsync($"/api/themes/{closed.ThemeId}/commitments", body)).ShouldBeProblemAsync(404);
        await (await outsider.PostAsync($"/api/themes/{Guid.NewGuid()}/commitments", body)).ShouldBeProblemAsync(404);

        await (await closed.Mette.Caller.PostAsync($"/api/themes/{closed.ThemeId}/archive")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();
        Assert.Contains("arkiveret", (await (await closed.Mette.Caller.PostAsync($"/api/themes/{closed.ThemeId}/commitments", body))
            .ShouldBeProblemAsync(409)).Detail());
        Assert.Equal(before, await EventCountAsync());
    }
}
