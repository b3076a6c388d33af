using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

public sealed class when_updating_a_theme(ForumFixture fixture) : ForumTest(fixture)
{
    private static object Update(int version, string title = "Fremtidens arbejdskraft i velfærden", string visibility = "public") =>
        new { title, description = "Ny beskrivelse", visibility, version };

    [Fact]
    public async Task the_opener_updates_it_with_the_version_they_read()
    {
        var (_, opener) = await MemberAsync();
        var id = await opener.OpenThemeAsync();
        var version = (await opener.ThemeAsync(id)).GetProperty("version").GetInt32();

        await (await opener.PutAsync($"/api/themes/{id}", Update(version))).ShouldHaveStatusAsync(200);

        var theme = await opener.ThemeAsync(id);
        Assert.Equal("Fremtidens arbejdskraft i velfærden", theme.Str("title"));
        Assert.Equal("public", theme.Str("visibility"));
        Assert.Equal(version + 1, theme.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task a_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var id = await Secretariat.OpenThemeAsync();
        await (await Secretariat.PutAsync($"/api/themes/{id}", Update(1, "Første rettelse"))).ShouldHaveStatusAsync(200);
        var before = await EventCountAsync();

        var problem = await (await Secretariat.PutAsync($"/api/themes/{id}", Update(1, "Anden rettelse"))).ShouldBeProblemAsync(409);

        Assert.Contains("version 1", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
        Assert.Equal("Første rettelse", (await Secretariat.ThemeAsync(id)).Str("title"));
    }

    [Fact]
    public async Task another_member_may_not_update_it()
    {
        var (_, opener) = await MemberAsync();
        var (_, other) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var id = await opener.OpenThemeAsync();
        var before = await EventCountAsync();

        var problem = await (await other.PutAsync($"/api/themes/{id}", Update(2))).ShouldBeProblemAsync(403);

        Assert.Contains("den, der åbnede temaet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task the_secretariat_may_update_a_members_theme()
    {
        var (_, opener) = await MemberAsync();
        var id = await opener.OpenThemeAsync();

        await (await Secretariat.PutAsync($"/api/themes/{id}", Update(2))).ShouldHaveStatusAsync(200);
    }

    [Fact]
    public async Task an_unknown_theme_is_not_found_and_an_empty_title_is_a_field_error()
    {
        await (await Secretariat.PutAsync($"/api/themes/{Guid.NewGuid()}", Update(1))).ShouldBeProblemAsync(404);

        var id = await Secretariat.OpenThemeAsync();
        var problem = await (await Secretariat.PutAsync($"/api/themes/{id}", Update(1, title: ""))).ShouldBeProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
    }
}
