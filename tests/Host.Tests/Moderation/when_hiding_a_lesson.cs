using System.Text.Json;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Moderation;

public sealed class when_hiding_a_lesson(ForumFixture fixture) : ModerationTest(fixture)
{
    private const string AuthorName = "Xenia Fortrolighedsen";

    /// <summary>A Chatham House lesson by Xenia, in a forum theme opened by a colleague who also reads it.</summary>
    private async Task<(Guid Theme, Guid Lesson, Guid AuthorId, Caller Author, Caller Colleague)> AChathamHouseLessonAsync()
    {
        var (authorId, author) = await MemberAsync(AuthorName, "region", "Region Nordjylland", "xenia-oid");
        var (_, colleague) = await MemberAsync("Bent Kollega", "kommune", "Aalborg Kommune");
        var theme = await colleague.OpenThemeAsync("forum", "Udskrivning af ældre patienter");
        await author.AddParticipantAsync(theme, authorId);
        var lesson = await author.RecordLessonAsync(theme, "Fru Jensen blev sendt hjem for tidligt",
            "Hjemmeplejen var ikke klar, da fru Jensen kom hjem.", "went-wrong", "chatham-house");
        return (theme, lesson, authorId, author, colleague);
    }

    [Fact]
    public async Task the_author_is_told_in_their_own_view_and_nobody_learns_who_it_is()
    {
        var (theme, lesson, authorId, author, colleague) = await AChathamHouseLessonAsync();
        var staff = await StaffAsync();

        await staff.HideAsync($"/api/lessons/{lesson}", "Oplysninger om en navngiven borger");

        var own = await author.LessonAsync(lesson);
        Assert.True(own.GetProperty("writtenByYou").GetBoolean());
        Assert.Equal("Oplysninger om en navngiven borger", own.GetProperty("hidden").Str("reason"));
        var seenByStaff = await staff.LessonAsync(lesson);
        Assert.Equal("Oplysninger om en navngiven borger", seenByStaff.GetProperty("hidden").Str("reason"));
        Assert.Equal(LessonSteps.Anonymous, seenByStaff.GetProperty("author").Shown());
        await (await colleague.GetAsync($"/api/lessons/{lesson}")).ShouldBeProblemAsync(404);

        foreach (var reader in new[] { colleague, staff, Admin })
        foreach (var entry in (await reader.TimelineAsync(theme)).Where(e => e.About(lesson)))
        {
            Assert.DoesNotContain(AuthorName, entry.GetRawText());
            Assert.DoesNotContain(authorId.ToString(), entry.GetRawText());
        }
        var hidden = (await colleague.TimelineAsync(theme)).Single(e => e.Str("type") == "lesson.hidden");
        Assert.Equal("Skjulte en erfaring med begrundelsen »Oplysninger om en navngiven borger«", hidden.Str("summary"));
        Assert.Equal(StaffName, hidden.GetProperty("actor").Str("name"));
    }

    [Fact]
    public async Task it_leaves_the_library_search_the_levels_picture_and_the_timeline_text()
    {
        var (theme, lesson, _, author, colleague) = await AChathamHouseLessonAsync();
        await Secretariat.HideAsync($"/api/lessons/{lesson}");

        Assert.Empty(await colleague.ItemsAsync("/api/lessons"));
        Assert.Empty(await author.ItemsAsync("/api/lessons"));
        Assert.Empty(await colleague.ItemsAsync("/api/lessons?q=hjemmeplejen"));
        Assert.Empty(await colleague.SearchIdsAsync("hjemmeplejen"));
        Assert.Single(await Secretariat.ItemsAsync("/api/lessons"));
        var recorded = (await colleague.TimelineAsync(theme)).Single(e => e.Str("type") == "lesson.recorded");
        Assert.Equal("Delte en erfaring, som sekretariatet har skjult", recorded.Str("summary"));
        Assert.Contains("Fru Jensen", (await Secretariat.TimelineAsync(theme)).Single(e => e.Str("type") == "lesson.recorded").Str("summary"));
        var picture = await colleague.ReadAsync<JsonElement>($"/api/themes/{theme}/levels");
        Assert.Equal(0, picture.GetProperty("anonymousLessons").GetInt32());
        var staffPicture = await Secretariat.ReadAsync<JsonElement>($"/api/themes/{theme}/levels");
        Assert.Equal(1, staffPicture.GetProperty("anonymousLessons").GetInt32());
    }

    [Fact]
    public async Task a_lesson_with_its_author_shown_stays_in_their_own_library()
    {
        var (authorId, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync();
        var lesson = await author.RecordLessonAsync(theme, "Fælles vagtplan", "Det virkede.", "worked", "forum");
        await Secretariat.HideAsync($"/api/lessons/{lesson}");

        Assert.Equal([lesson], (await author.ItemsAsync("/api/lessons")).Select(l => l.Id()));
        Assert.Equal(authorId, (await author.LessonAsync(lesson)).GetProperty("author").Id());
    }

    [Fact]
    public async Task restoring_shows_it_again_and_twice_is_a_conflict()
    {
        var (theme, lesson, _, _, colleague) = await AChathamHouseLessonAsync();
        await (await Secretariat.PostAsync($"/api/lessons/{lesson}/restore")).ShouldBeProblemAsync(409);
        await Secretariat.HideAsync($"/api/lessons/{lesson}");
        await (await Admin.PostAsync($"/api/lessons/{lesson}/hide", new { reason = "Igen" })).ShouldBeProblemAsync(409);

        await Admin.RestoreAsync($"/api/lessons/{lesson}");

        Assert.Equal(JsonValueKind.Null, (await colleague.LessonAsync(lesson)).GetProperty("hidden").ValueKind);
        Assert.Single(await colleague.ItemsAsync("/api/lessons"));
        Assert.Equal("lesson.restored", (await colleague.TimelineAsync(theme))[^1].Str("type"));
        await (await Admin.PostAsync($"/api/lessons/{lesson}/restore")).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task the_author_members_and_integrators_may_not()
    {
        var (_, lesson, _, author, colleague) = await AChathamHouseLessonAsync();
        var publicTheme = await Secretariat.OpenThemeAsync("public");
        var openLesson = await Secretariat.RecordLessonAsync(publicTheme, "Åben", "Alle må læse den.", "worked", "public");
        var before = await EventCountAsync();

        await (await author.PostAsync($"/api/lessons/{lesson}/hide", new { reason = "Fortrudt" })).ShouldBeProblemAsync(403);
        await (await colleague.PostAsync($"/api/lessons/{lesson}/hide", new { reason = "Uenig" })).ShouldBeProblemAsync(403);
        await (await Integrator.PostAsync($"/api/lessons/{lesson}/hide", new { reason = "R" })).ShouldBeProblemAsync(404);
        await (await Integrator.PostAsync($"/api/lessons/{openLesson}/hide", new { reason = "R" })).ShouldBeProblemAsync(403);
        await (await Secretariat.PostAsync($"/api/lessons/{Guid.NewGuid()}/hide", new { reason = "R" })).ShouldBeProblemAsync(404);
        await (await Secretariat.PostAsync($"/api/lessons/{lesson}/hide", new { reason = " " })).ShouldBeProblemAsync(400);
        await (await Anonymous.PostAsync($"/api/lessons/{lesson}/restore")).ShouldHaveStatusAsync(401);

        Assert.Equal(before, await EventCountAsync());
    }
}
