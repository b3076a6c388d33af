using Politikerforum.Host.Tests.Experiments;
using System.Text.Json;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

public sealed class when_picturing_the_levels_of_a_theme(ForumFixture fixture) : ForumTest(fixture)
{
    private static JsonElement Level(JsonElement picture, string level) =>
        picture.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("level").GetString() == level);

    [Fact]
    public async Task it_counts_what_each_level_brings_and_names_the_absent_levels()
    {
        var (metteId, mette) = await MemberAsync("Mette", "kommune", "Aarhus Kommune");
        var (jensId, jens) = await MemberAsync("Jens", "kommune", "Odense Kommune");
        var (anneId, anne) = await MemberAsync("Anne", "region", "Region Midtjylland");
        var theme = await mette.OpenThemeAsync("forum");
        await jens.AddParticipantAsync(theme, jensId);
        await anne.AddParticipantAsync(theme, anneId);
        var thread = await mette.PublishAsync(theme, "Første indlæg");
        await mette.PublishAsync(theme, "Andet indlæg", thread);
        await anne.PublishAsync(theme, "Regionens svar", thread);
        await jens.RecordLessonAsync(theme, "Det virkede", "Fælles vagtplan", "worked", "forum");
        await anne.RecordLessonAsync(theme, "Det gik skævt", "Udskrivningen", "went-wrong", "chatham-house");
        await mette.ProposeExperimentAsync(theme, Clock.GetUtcNow(), "Fælles ansøgning", ["kommune", "europaparlamentet"]);
        await anne.CreateAsync($"/api/themes/{theme}/commitments",
            new { what = "Regionens tal", toLevel = "kommune", dueOn = DateOnly.FromDateTime(Clock.GetUtcNow().AddDays(10).UtcDateTime) });

        var picture = await jens.ReadAsync<JsonElement>($"/api/themes/{theme}/levels");

        var kommune = Level(picture, "kommune");
        Assert.Equal(2, kommune.GetProperty("participants").GetInt32());
        Assert.Equal(2, kommune.GetProperty("posts").GetInt32());
        Assert.Equal(1, kommune.GetProperty("lessons").GetInt32());
        var region = Level(picture, "region");
        Assert.Equal(1, region.GetProperty("posts").GetInt32());
        Assert.Equal(0, region.GetProperty("lessons").GetInt32());
        Assert.Equal(1, region.GetProperty("commitments").GetInt32());
        Assert.Equal(1, kommune.GetProperty("experiments").GetInt32());
        Assert.Equal(1, Level(picture, "europaparlamentet").GetProperty("experiments").GetInt32());
        Assert.Equal(1, picture.GetProperty("anonymousLessons").GetInt32());
        Assert.Equal(["folketing", "europaparlamentet"], picture.GetProperty("absentLevels").EnumerateArray().Select(l => l.GetString()));
        var top = picture.GetProperty("mostActiveBodies")[0];
        Assert.Equal("Aarhus Kommune", top.GetProperty("body").GetString());
        Assert.Equal(3, top.GetProperty("contributions").GetInt32());
        Assert.NotEqual(metteId, anneId);
    }

    [Fact]
    public async Task an_invisible_or_unknown_theme_is_not_found()
    {
        var (_, mette) = await MemberAsync();
        var (_, outsider) = await MemberAsync("Ole");
        var closed = await mette.OpenThemeAsync("closed");
        await (await outsider.GetAsync($"/api/themes/{closed}/levels")).ShouldBeProblemAsync(404);
        await (await mette.GetAsync($"/api/themes/{Guid.NewGuid()}/levels")).ShouldBeProblemAsync(404);
    }
}
