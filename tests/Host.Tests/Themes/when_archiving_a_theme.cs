using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

public sealed class when_archiving_a_theme(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_opener_archives_it_and_it_can_no_longer_be_changed()
    {
        var (_, opener) = await MemberAsync();
        var id = await opener.OpenThemeAsync();

        await (await opener.PostAsync($"/api/themes/{id}/archive")).ShouldHaveStatusAsync(204);

        var theme = await opener.ThemeAsync(id);
        Assert.True(theme.GetProperty("archived").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, theme.GetProperty("archivedAt").ValueKind);
        var version = theme.GetProperty("version").GetInt32();
        await (await opener.PutAsync($"/api/themes/{id}", new { title = "T", description = "D", visibility = "forum", version }))
            .ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task archiving_twice_is_a_conflict()
    {
        var id = await Secretariat.OpenThemeAsync();
        await (await Secretariat.PostAsync($"/api/themes/{id}/archive")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        var problem = await (await Secretariat.PostAsync($"/api/themes/{id}/archive")).ShouldBeProblemAsync(409);

        Assert.Contains("arkiveret", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task another_member_may_not_archive_it()
    {
        var (_, opener) = await MemberAsync();
        var (_, other) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var id = await opener.OpenThemeAsync();

        await (await other.PostAsync($"/api/themes/{id}/archive")).ShouldBeProblemAsync(403);
        Assert.False((await opener.ThemeAsync(id)).GetProperty("archived").GetBoolean());
    }

    [Fact]
    public async Task an_unknown_theme_is_not_found()
    {
        await (await Secretariat.PostAsync($"/api/themes/{Guid.NewGuid()}/archive")).ShouldBeProblemAsync(404);
    }
}
