using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

public sealed class when_adding_participants(ForumFixture fixture) : ForumTest(fixture)
{
    private static async Task<Guid[]> ParticipantsAsync(Caller caller, Guid themeId) =>
        (await caller.ThemeAsync(themeId)).GetProperty("participants").EnumerateArray().Select(p => p.Id("memberId")).ToArray();

    [Fact]
    public async Task a_member_joins_a_forum_theme_themselves()
    {
        var (memberId, member) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var themeId = await Secretariat.OpenThemeAsync("forum");

        await member.AddParticipantAsync(themeId, memberId);

        var participant = Assert.Single((await member.ThemeAsync(themeId)).GetProperty("participants").EnumerateArray());
        Assert.Equal(memberId, participant.Id("memberId"));
        Assert.Equal("region", participant.Str("level"));
        Assert.Equal("Region Midtjylland", participant.Str("body"));
    }

    [Fact]
    public async Task a_member_may_add_only_themselves()
    {
        var (_, member) = await MemberAsync();
        var (otherId, _) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var themeId = await Secretariat.OpenThemeAsync("forum");
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync($"/api/themes/{themeId}/participants", new { memberId = otherId })).ShouldBeProblemAsync(403);

        Assert.Contains("kun melde sig selv", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    /// <summary>
    /// A member outside a closed theme cannot see it, so joining it answers as if it did not exist:
    /// a 403 would tell them the closed theme is there.
    /// </summary>
    [Fact]
    public async Task a_member_cannot_join_a_closed_theme_but_the_secretariat_can_add_them()
    {
        var (memberId, member) = await MemberAsync();
        var themeId = await Secretariat.OpenThemeAsync("closed");

        await (await member.PostAsync($"/api/themes/{themeId}/participants", new { memberId })).ShouldBeProblemAsync(404);
        await Secretariat.AddParticipantAsync(themeId, memberId);

        Assert.Equal([memberId], await ParticipantsAsync(member, themeId));
    }

    [Fact]
    public async Task a_participant_cannot_join_twice()
    {
        var (memberId, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync("forum");
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync($"/api/themes/{themeId}/participants", new { memberId })).ShouldBeProblemAsync(409);

        Assert.Contains("deltager allerede", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task nobody_joins_an_archived_theme()
    {
        var (memberId, member) = await MemberAsync();
        var themeId = await Secretariat.OpenThemeAsync("forum");
        await (await Secretariat.PostAsync($"/api/themes/{themeId}/archive")).ShouldHaveStatusAsync(204);

        var problem = await (await member.PostAsync($"/api/themes/{themeId}/participants", new { memberId })).ShouldBeProblemAsync(409);

        Assert.Contains("arkiveret", problem.Detail());
        Assert.Empty(await ParticipantsAsync(member, themeId));
    }

    [Fact]
    public async Task an_unknown_member_is_invalid_and_an_unknown_theme_is_not_found()
    {
        var themeId = await Secretariat.OpenThemeAsync("forum");
        await (await Secretariat.PostAsync($"/api/themes/{themeId}/participants", new { memberId = Guid.NewGuid() })).ShouldBeProblemAsync(400);

        var (memberId, _) = await MemberAsync();
        await (await Secretariat.PostAsync($"/api/themes/{Guid.NewGuid()}/participants", new { memberId })).ShouldBeProblemAsync(404);
    }
}
