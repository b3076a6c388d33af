using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

public sealed class when_following_lessons_in_the_timeline(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task every_lesson_event_appears_a_chatham_house_author_is_anonymous_and_no_endorser_is_named()
    {
        var (metteId, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var theme = await mette.OpenThemeAsync();
        await anne.AddParticipantAsync(theme, anneId);

        var open = await mette.RecordLessonAsync(theme, "Fælles vagtplan", "Det virkede.");
        await (await mette.PutAsync($"/api/lessons/{open}", new { title = "Fælles vagtplan, rettet", text = "T", kind = "mixed", version = 1 }))
            .ShouldHaveStatusAsync(200);
        await anne.EndorseAsync(open);
        var secret = await anne.RecordLessonAsync(theme, "Udskrivning", "Det gik skævt.", "went-wrong", "chatham-house");
        await (await anne.PutAsync($"/api/lessons/{secret}", new { title = "Udskrivning, rettet", text = "T", kind = "went-wrong", version = 1 }))
            .ShouldHaveStatusAsync(200);
        await mette.EndorseAsync(secret);
        await (await anne.PostAsync($"/api/lessons/{secret}/attribution")).ShouldHaveStatusAsync(204);

        var entries = await mette.ItemsAsync($"/api/themes/{theme}/timeline?types=lesson.recorded,lesson.edited,lesson.endorsed,lesson.attributed");

        Assert.Equal(
        [
            ("lesson.recorded", open, "Mette Holm", "Delte en erfaring (det virkede): »Fælles vagtplan«"),
            ("lesson.edited", open, "Mette Holm", "Rettede erfaringen »Fælles vagtplan, rettet«"),
            ("lesson.endorsed", open, "Et medlem", "Markerede en erfaring med »Det kan jeg bruge«"),
            ("lesson.recorded", secret, "Chatham House – afsender anonym", "Delte en erfaring (det gik skævt): »Udskrivning«"),
            ("lesson.edited", secret, "Chatham House – afsender anonym", "Rettede erfaringen »Udskrivning, rettet«"),
            ("lesson.endorsed", secret, "Et medlem", "Markerede en erfaring med »Det kan jeg bruge«"),
            ("lesson.attributed", secret, "Anne Berg", "Står nu frem som afsender af en erfaring, der er delt under Chatham House-reglen")
        ], entries.Select(e => (e.Str("type"), e.Id("itemId"), e.GetProperty("actor").Str("name"), e.Str("summary"))));

        foreach (var anonymous in entries.Where(e => e.GetProperty("actor").Str("name").StartsWith("Anonym")))
        {
            Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("actor").GetProperty("id").ValueKind);
            Assert.Equal("anonymous", anonymous.GetProperty("actor").Str("role"));
        }
        // Endorsements are counted, never attributed: a list of endorsers would rule them out as authors.
        foreach (var endorsement in entries.Where(e => e.Str("type") == "lesson.endorsed"))
            Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, "member"), (endorsement.GetProperty("actor").GetProperty("id").ValueKind,
                endorsement.GetProperty("actor").GetProperty("level").ValueKind, endorsement.GetProperty("actor").Str("role")));
        Assert.Equal(metteId, entries[0].GetProperty("actor").Id());
        // Filtering the timeline by level must not find the anonymous entries by their author's level either.
        var regional = await mette.ItemsAsync($"/api/themes/{theme}/timeline?level=region&types=lesson.recorded,lesson.edited");
        Assert.Empty(regional);
    }
}
