using System.Text.Json;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Authorization;

/// <summary>
/// An integrator may see a public theme, but not a forum or Chatham House lesson in it: the lesson's confidentiality
/// narrows the theme's, on the theme's timeline and levels picture too, where the matrix first found it leaking.
/// </summary>
public sealed class when_a_lesson_is_narrower_than_its_theme(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_integrator_finds_no_trace_of_it_in_the_theme()
    {
        var (_, author) = await MemberAsync();
        var themeId = await author.OpenThemeAsync("public");
        var forumLesson = await author.RecordLessonAsync(themeId, "Fælles vagtplan", "Det virkede.", confidentiality: "forum");
        var chathamLesson = await author.RecordLessonAsync(themeId, "Vikarbureauer", "Det gik galt.", "went-wrong", "chatham-house");
        var publicLesson = await author.RecordLessonAsync(themeId, "Åbne data", "Det virkede.", confidentiality: "public");

        Assert.Equal([publicLesson], await LessonsInTimelineAsync(Integrator, themeId));
        Assert.Equal([forumLesson, chathamLesson, publicLesson], await LessonsInTimelineAsync(author, themeId));

        Assert.Equal((1, 0), await LessonsCountedAsync(Integrator, themeId));
        Assert.Equal((2, 1), await LessonsCountedAsync(author, themeId));
    }

    private static async Task<Guid[]> LessonsInTimelineAsync(Caller caller, Guid themeId) =>
        [.. (await caller.ItemsAsync($"/api/themes/{themeId}/timeline?types=lesson.recorded")).Select(e => e.Id("itemId"))];

    /// <summary>Lessons counted under a level, and Chatham House lessons counted apart.</summary>
    private static async Task<(int UnderLevels, int Anonymous)> LessonsCountedAsync(Caller caller, Guid themeId)
    {
        var picture = await caller.ReadAsync<JsonElement>($"/api/themes/{themeId}/levels");
        return (picture.GetProperty("levels").EnumerateArray().Sum(l => l.GetProperty("lessons").GetInt32()),
            picture.GetProperty("anonymousLessons").GetInt32());
    }
}
