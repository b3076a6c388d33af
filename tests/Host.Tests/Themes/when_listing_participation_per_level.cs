using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

public sealed class when_listing_participation_per_level(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task each_theme_in_the_list_counts_its_participants_at_every_level()
    {
        var (_, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, _) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var (jensId, _) = await MemberAsync("Jens Mørup", "kommune", "Odense Kommune");
        var themeId = await mette.OpenThemeAsync();
        await Secretariat.AddParticipantAsync(themeId, anneId);
        await Secretariat.AddParticipantAsync(themeId, jensId);

        var perLevel = (await Secretariat.ItemsAsync("/api/themes")).Single().GetProperty("participantsPerLevel");

        Assert.Equal(2, perLevel.GetProperty("kommune").GetInt32());
        Assert.Equal(1, perLevel.GetProperty("region").GetInt32());
        Assert.Equal(0, perLevel.GetProperty("folketing").GetInt32());
        Assert.Equal(0, perLevel.GetProperty("europaparlamentet").GetInt32());
    }
}
