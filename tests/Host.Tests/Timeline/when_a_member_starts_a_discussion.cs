using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Timeline;

/// <summary>Done when: a member, a theme, a thread and a reply show up in the theme's timeline in order, with actors and Danish summaries.</summary>
public sealed class when_a_member_starts_a_discussion(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_timeline_tells_the_story_in_order()
    {
        var (metteId, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var themeId = await mette.OpenThemeAsync("forum", "Fremtidens arbejdskraft");
        await Secretariat.AddParticipantAsync(themeId, anneId);
        var threadId = await mette.PublishAsync(themeId, "Vi prøver firedages arbejdsuge i ældreplejen.");
        var replyId = await anne.PublishAsync(themeId, "Det vil regionen gerne lære af.", threadId);

        var timeline = await anne.ItemsAsync($"/api/themes/{themeId}/timeline");

        Assert.Equal(
            [
                ("theme.opened", "Mette Holm", "Åbnede temaet »Fremtidens arbejdskraft«"),
                ("theme.participant-joined", "Mette Holm", "Meldte sig til temaet"),
                ("theme.participant-joined", "Sekretariatet", "Tilføjede Anne Berg som deltager"),
                ("post.published", "Mette Holm", "Startede en tråd: »Vi prøver firedages arbejdsuge i ældreplejen.«"),
                ("post.published", "Anne Berg", "Svarede i en tråd: »Det vil regionen gerne lære af.«")
            ],
            timeline.Select(e => (e.Str("type"), e.GetProperty("actor").Str("name"), e.Str("summary"))));

        Assert.Equal(timeline.Select(e => e.GetProperty("sequence").GetInt64()).Order(), timeline.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(timeline.Select(e => e.GetProperty("time").GetDateTimeOffset()).Order(), timeline.Select(e => e.GetProperty("time").GetDateTimeOffset()));

        var opened = timeline[0].GetProperty("actor");
        Assert.Equal(metteId, opened.Id());
        Assert.Equal("kommune", opened.Str("level"));
        Assert.Equal("Aarhus Kommune", opened.Str("body"));
        var replied = timeline[4].GetProperty("actor");
        Assert.Equal("region", replied.Str("level"));
        Assert.Equal("Region Midtjylland", replied.Str("body"));

        Assert.Equal((anneId, "Anne Berg"), (timeline[2].GetProperty("subject").Id(), timeline[2].GetProperty("subject").Str("name")));
        Assert.Equal(threadId, timeline[3].Id("itemId"));
        Assert.Equal(replyId, timeline[4].Id("itemId"));
    }

    [Fact]
    public async Task a_closed_themes_timeline_is_not_found_for_outsiders()
    {
        var (_, opener) = await MemberAsync();
        var themeId = await opener.OpenThemeAsync("closed");

        await (await Integrator.GetAsync($"/api/themes/{themeId}/timeline")).ShouldBeProblemAsync(404);
        await (await Secretariat.GetAsync($"/api/themes/{Guid.NewGuid()}/timeline")).ShouldBeProblemAsync(404);
    }
}
