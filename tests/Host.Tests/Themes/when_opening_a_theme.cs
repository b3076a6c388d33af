using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

public sealed class when_opening_a_theme(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_member_who_opens_a_theme_takes_part_in_it()
    {
        var (memberId, member) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");

        var id = await member.OpenThemeAsync("closed", "Klimatilpasning");

        var theme = await member.ThemeAsync(id);
        Assert.Equal("Klimatilpasning", theme.Str("title"));
        Assert.Equal("closed", theme.Str("visibility"));
        Assert.False(theme.GetProperty("archived").GetBoolean());
        var participant = Assert.Single(theme.GetProperty("participants").EnumerateArray());
        Assert.Equal(memberId, participant.Id("memberId"));
        Assert.Equal("Mette Holm", participant.Str("name"));
    }

    [Fact]
    public async Task the_secretariat_opens_a_theme_without_taking_part()
    {
        var id = await Secretariat.OpenThemeAsync("public");

        var theme = await Secretariat.ThemeAsync(id);
        Assert.Equal("public", theme.Str("visibility"));
        Assert.Empty(theme.GetProperty("participants").EnumerateArray());
    }

    [Fact]
    public async Task an_integrator_cannot_open_a_theme_and_nothing_is_written()
    {
        var problem = await (await Integrator.PostAsync("/api/themes", new { title = "T", description = "D", visibility = "public" }))
            .ShouldBeProblemAsync(403);

        Assert.Contains("sekretariatet", problem.Detail());
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task a_theme_needs_a_title_and_a_known_visibility()
    {
        var missingTitle = await (await Secretariat.PostAsync("/api/themes", new { title = "", description = "D", visibility = "forum" }))
            .ShouldBeProblemAsync(400);
        Assert.True(missingTitle.GetProperty("errors").TryGetProperty("title", out _));

        var unknownVisibility = await (await Secretariat.PostAsync("/api/themes", new { title = "T", description = "D", visibility = "hemmelig" }))
            .ShouldBeProblemAsync(400);
        Assert.True(unknownVisibility.GetProperty("errors").TryGetProperty("visibility", out _));

        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task an_anonymous_caller_is_not_let_in()
    {
        await (await Anonymous.PostAsync("/api/themes", new { title = "T", description = "D", visibility = "public" })).ShouldBeProblemAsync(401);
    }
}
