using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

public sealed class when_viewing_a_theme(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task participants_are_counted_per_level_for_all_four_levels()
    {
        var themeId = await Secretariat.OpenThemeAsync();
        foreach (var (name, level, body) in new[]
                 {
                     ("Mette Holm", "kommune", "Aarhus Kommune"), ("Lars Lund", "kommune", "Vejle Kommune"),
                     ("Anne Berg", "region", "Region Midtjylland"), ("Jonas Krag", "folketing", "Folketinget")
                 })
        {
            var (id, _) = await MemberAsync(name, level, body);
            await Secretariat.AddParticipantAsync(themeId, id);
        }

        var perLevel = (await Secretariat.ThemeAsync(themeId)).GetProperty("participantsPerLevel");

        Assert.Equal(2, perLevel.GetProperty("kommune").GetInt32());
        Assert.Equal(1, perLevel.GetProperty("region").GetInt32());
        Assert.Equal(1, perLevel.GetProperty("folketing").GetInt32());
        Assert.Equal(0, perLevel.GetProperty("europaparlamentet").GetInt32());
    }

    [Fact]
    public async Task an_unknown_theme_is_not_found()
    {
        await (await Secretariat.GetAsync($"/api/themes/{Guid.NewGuid()}")).ShouldBeUnknownAsync();
    }

    [Fact]
    public async Task a_closed_theme_is_not_found_for_those_outside_it_rather_than_forbidden()
    {
        var (_, opener) = await MemberAsync();
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var closed = await opener.OpenThemeAsync("closed");

        await (await outsider.GetAsync($"/api/themes/{closed}")).ShouldBeProblemAsync(404);
        await (await Integrator.GetAsync($"/api/themes/{closed}")).ShouldBeProblemAsync(404);
        await Secretariat.ThemeAsync(closed);
    }

    [Fact]
    public async Task an_integrator_cannot_see_a_forum_theme()
    {
        var forum = await Secretariat.OpenThemeAsync("forum");

        await (await Integrator.GetAsync($"/api/themes/{forum}")).ShouldBeProblemAsync(404);
    }
}
