using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

public sealed class when_removing_participants(ForumFixture fixture) : ForumTest(fixture)
{
    private static async Task<int> ParticipantCountAsync(Caller caller, Guid themeId) =>
        (await caller.ThemeAsync(themeId)).GetProperty("participants").GetArrayLength();

    [Fact]
    public async Task a_member_leaves_a_theme()
    {
        var (memberId, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync("forum");

        await (await member.DeleteAsync($"/api/themes/{themeId}/participants/{memberId}")).ShouldHaveStatusAsync(204);

        Assert.Equal(0, await ParticipantCountAsync(member, themeId));
    }

    [Fact]
    public async Task the_secretariat_takes_a_member_out_of_a_theme()
    {
        var (memberId, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync("closed");

        await (await Secretariat.DeleteAsync($"/api/themes/{themeId}/participants/{memberId}")).ShouldHaveStatusAsync(204);

        Assert.Equal(0, await ParticipantCountAsync(Secretariat, themeId));
        await (await member.GetAsync($"/api/themes/{themeId}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task a_member_may_not_take_someone_else_out()
    {
        var (memberId, member) = await MemberAsync();
        var (_, other) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var themeId = await member.OpenThemeAsync("forum");

        var problem = await (await other.DeleteAsync($"/api/themes/{themeId}/participants/{memberId}")).ShouldBeProblemAsync(403);

        Assert.Contains("kun melde sig selv ud", problem.Detail());
        Assert.Equal(1, await ParticipantCountAsync(member, themeId));
    }

    [Fact]
    public async Task someone_who_does_not_take_part_cannot_be_removed()
    {
        var (memberId, member) = await MemberAsync();
        var themeId = await Secretariat.OpenThemeAsync("forum");
        var before = await EventCountAsync();

        await (await member.DeleteAsync($"/api/themes/{themeId}/participants/{memberId}")).ShouldBeProblemAsync(404);

        Assert.Equal(before, await EventCountAsync());
    }
}
