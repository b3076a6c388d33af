using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

public sealed class when_editing_a_lesson(ForumFixture fixture) : ForumTest(fixture)
{
    private static object Edit(int version, string title = "Fælles vagtplan, rettet") =>
        new { title, text = "Det virkede, da alle var med.", kind = "mixed", tags = new[] { "Vagtplan" }, version };

    private async Task<(Guid Theme, Guid Lesson, Caller Author)> ALessonAsync(string confidentiality = "forum")
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync();
        return (theme, await author.RecordLessonAsync(theme, "Fælles vagtplan", "Det virkede.", confidentiality: confidentiality), author);
    }

    [Fact]
    public async Task the_author_edits_their_own_lesson_and_gets_the_new_version()
    {
        var (_, lesson, author) = await ALessonAsync();

        var response = await author.PutAsync($"/api/lessons/{lesson}", Edit(1));

        await response.ShouldHaveStatusAsync(200);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((lesson, 2), (answer.Id(), answer.GetProperty("version").GetInt32()));
        var read = await author.LessonAsync(lesson);
        Assert.Equal(("Fælles vagtplan, rettet", "mixed", 2), (read.Str("title"), read.Str("kind"), read.GetProperty("version").GetInt32()));
        Assert.Equal(["vagtplan"], read.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("editedAt").ValueKind);
        await (await author.PutAsync($"/api/lessons/{lesson}", Edit(2, "Tredje udgave"))).ShouldHaveStatusAsync(200);
        Assert.Equal(3, (await author.LessonAsync(lesson)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task a_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var (_, lesson, author) = await ALessonAsync();
        await (await author.PutAsync($"/api/lessons/{lesson}", Edit(1))).ShouldHaveStatusAsync(200);
        var before = await EventCountAsync();

        var problem = await (await author.PutAsync($"/api/lessons/{lesson}", Edit(1, "Forældet"))).ShouldBeProblemAsync(409);

        Assert.Contains("version 1", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
        Assert.Equal("Fælles vagtplan, rettet", (await author.LessonAsync(lesson)).Str("title"));
    }

    [Fact]
    public async Task nobody_else_may_edit_it_not_even_the_secretariat()
    {
        var (theme, lesson, _) = await ALessonAsync();
        var (otherId, other) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        await other.AddParticipantAsync(theme, otherId);
        var before = await EventCountAsync();

        Assert.Contains("egne erfaringer", (await (await other.PutAsync($"/api/lessons/{lesson}", Edit(1))).ShouldBeProblemAsync(403)).Detail());
        await (await Secretariat.PutAsync($"/api/lessons/{lesson}", Edit(1))).ShouldBeProblemAsync(403);
        await (await Admin.PutAsync($"/api/lessons/{lesson}", Edit(1))).ShouldBeProblemAsync(403);
        await (await Anonymous.PutAsync($"/api/lessons/{lesson}", Edit(1))).ShouldBeProblemAsync(401);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_unregistered_secretariat_caller_cannot_edit_what_such_a_caller_shared()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync();
        var lesson = await Secretariat.CreateAsync($"/api/themes/{theme}/lessons", LessonSteps.ALesson());

        await (await Secretariat.PutAsync($"/api/lessons/{lesson}", Edit(1))).ShouldBeProblemAsync(403);
        var read = await Secretariat.LessonAsync(lesson);
        Assert.False(read.GetProperty("writtenByYou").GetBoolean());
        Assert.Equal(("Sekretariatet", "secretariat"), (read.GetProperty("author").Str("name"), read.GetProperty("author").Str("role")));
    }

    [Fact]
    public async Task an_unknown_or_invisible_lesson_is_not_found()
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync("public");
        var lesson = await author.RecordLessonAsync(theme, "Kun for forummet", "Tekst", confidentiality: "forum");

        await (await author.PutAsync($"/api/lessons/{Guid.NewGuid()}", Edit(1))).ShouldBeProblemAsync(404);
        await (await Integrator.PutAsync($"/api/lessons/{lesson}", Edit(1))).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task a_lesson_in_an_archived_theme_is_not_edited()
    {
        var (theme, lesson, author) = await ALessonAsync();
        await (await author.PostAsync($"/api/themes/{theme}/archive")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        Assert.Contains("arkiveret", (await (await author.PutAsync($"/api/lessons/{lesson}", Edit(1))).ShouldBeProblemAsync(409)).Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task the_edit_is_checked_like_the_lesson()
    {
        var (_, lesson, author) = await ALessonAsync();
        var before = await EventCountAsync();

        var problem = await (await author.PutAsync($"/api/lessons/{lesson}", new { title = "", text = "T", kind = "mixed", version = 1 }))
            .ShouldBeProblemAsync(400);
        await (await author.PutAsync($"/api/lessons/{lesson}", new { title = "T", text = "T", kind = "lucky", version = 1 })).ShouldBeProblemAsync(400);

        Assert.NotEmpty(problem.FieldError("title"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task the_author_of_a_chatham_house_lesson_edits_it_and_stays_anonymous_to_others()
    {
        var (theme, lesson, author) = await ALessonAsync("chatham-house");
        var (otherId, other) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        await other.AddParticipantAsync(theme, otherId);

        await (await author.PutAsync($"/api/lessons/{lesson}", Edit(1))).ShouldHaveStatusAsync(200);

        var seen = await other.LessonAsync(lesson);
        Assert.Equal(("Fælles vagtplan, rettet", "chatham-house"), (seen.Str("title"), seen.Str("confidentiality")));
        Assert.Equal(LessonSteps.Anonymous, seen.GetProperty("author").Shown());
    }
}
