using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Decisions;

public sealed class when_listing_decisions(ForumFixture fixture) : DecisionTest(fixture)
{
    [Fact]
    public async Task each_caller_sees_only_the_decisions_of_themes_they_may_see()
    {
        var (publicTheme, _) = await ThemeWithAsync("public");
        var (forumTheme, _) = await ThemeWithAsync("forum");
        var (closedTheme, inside) = await ThemeWithAsync("closed", "kommune");
        var inPublic = await ProposeAsync(Secretariat, publicTheme);
        var inForum = await ProposeAsync(Secretariat, forumTheme);
        var inClosed = await ProposeAsync(Secretariat, closedTheme);
        var (_, outsider) = await MemberAsync();

        Assert.Equal([inPublic, inForum, inClosed], await IdsAsync(Secretariat, "/api/decisions"));
        Assert.Equal([inPublic, inForum, inClosed], await IdsAsync(inside[0].Caller, "/api/decisions"));
        Assert.Equal([inPublic, inForum], await IdsAsync(outsider, "/api/decisions"));
        Assert.Equal([inPublic], await IdsAsync(Integrator, "/api/decisions"));
        Assert.Empty(await IdsAsync(outsider, $"/api/decisions?theme={closedTheme}"));
    }

    [Fact]
    public async Task they_filter_by_theme_and_status()
    {
        var (one, _) = await ThemeWithAsync("forum");
        var (other, _) = await ThemeWithAsync("forum");
        var open = await ProposeAsync(Secretariat, one);
        var withdrawn = await ProposeAsync(Secretariat, one);
        await ProposeAsync(Secretariat, other);
        await (await Secretariat.PostAsync($"/api/decisions/{withdrawn}/withdraw")).ShouldHaveStatusAsync(200);

        Assert.Equal([open, withdrawn], await IdsAsync(Secretariat, $"/api/decisions?theme={one}"));
        Assert.Equal([withdrawn], await IdsAsync(Secretariat, $"/api/decisions?theme={one}&status=withdrawn"));
        Assert.Equal([open], await IdsAsync(Secretariat, $"/api/decisions?theme={one}&status=open"));
        Assert.Empty(await IdsAsync(Secretariat, "/api/decisions?status=adopted"));
    }

    [Fact]
    public async Task they_page_oldest_first_with_a_cursor()
    {
        var (themeId, _) = await ThemeWithAsync("forum");
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++) ids.Add(await ProposeAsync(Secretariat, themeId));

        var all = await Secretariat.AllPagesAsync($"/api/decisions?theme={themeId}", limit: 2);

        Assert.Equal(ids, all.Select(d => d.Id()));
    }

    [Fact]
    public async Task an_unknown_status_is_invalid()
    {
        var problem = await (await Secretariat.GetAsync("/api/decisions?status=pending")).ShouldBeProblemAsync(400);

        Assert.Contains("status", problem.Detail());
    }

    private static async Task<Guid[]> IdsAsync(Caller caller, string url) => (await caller.ItemsAsync(url)).Select(d => d.Id()).ToArray();
}
