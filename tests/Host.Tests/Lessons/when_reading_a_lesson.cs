using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

public sealed class when_reading_a_lesson(ForumFixture fixture) : ForumTest(fixture)
{
    [Theory]
    [InlineData("public")]
    [InlineData("forum")]
    public async Task the_author_of_a_lesson_that_is_not_chatham_house_is_shown_to_every_reader(string confidentiality)
    {
        var (authorId, author) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (_, reader) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var theme = await author.OpenThemeAsync("public");
        var lesson = await author.RecordLessonAsync(theme, "Fælles vagtplan", "Det virkede.", confidentiality: confidentiality);

        foreach (var caller in new[] { reader, Secretariat, Admin })
        {
            var shown = (await caller.LessonAsync(lesson)).GetProperty("author");
            Assert.Equal((authorId, "Mette Holm", "kommune", "Aarhus Kommune", "member"),
                (shown.Id(), shown.Str("name"), shown.Str("level"), shown.Str("body"), shown.Str("role")));
        }
        if (confidentiality == "public")
            Assert.Equal(authorId, (await Integrator.LessonAsync(lesson)).GetProperty("author").Id());
    }

    [Fact]
    public async Task the_reader_is_told_whether_they_wrote_it_and_whether_they_can_use_it()
    {
        var (_, author) = await MemberAsync();
        var (_, reader) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var (_, other) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var theme = await author.OpenThemeAsync();
        var lesson = await author.RecordLessonAsync(theme, "Fælles vagtplan", "Det virkede.");
        await reader.EndorseAsync(lesson);

        var (own, read, others) = (await author.LessonAsync(lesson), await reader.LessonAsync(lesson), await other.LessonAsync(lesson));

        Assert.Equal((true, false), (own.GetProperty("writtenByYou").GetBoolean(), own.GetProperty("endorsedByYou").GetBoolean()));
        Assert.Equal((false, true), (read.GetProperty("writtenByYou").GetBoolean(), read.GetProperty("endorsedByYou").GetBoolean()));
        Assert.Equal((false, false), (others.GetProperty("writtenByYou").GetBoolean(), others.GetProperty("endorsedByYou").GetBoolean()));
        Assert.All(new[] { own, read, others }, l => Assert.Equal(1, l.GetProperty("endorsements").GetInt32()));
        Assert.False((await Secretariat.LessonAsync(lesson)).GetProperty("writtenByYou").GetBoolean());
    }

    [Fact]
    public async Task a_chatham_house_lesson_has_no_author_for_anyone_but_the_author()
    {
        var (authorId, author) = await MemberAsync();
        var (_, reader) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var theme = await author.OpenThemeAsync();
        var lesson = await author.RecordLessonAsync(theme, "Fortroligt", "Det gik skævt.", "went-wrong", "chatham-house");

        foreach (var caller in new[] { reader, Secretariat, Admin })
        {
            var seen = await caller.LessonAsync(lesson);
            Assert.Equal(LessonSteps.Anonymous, seen.GetProperty("author").Shown());
            Assert.False(seen.GetProperty("writtenByYou").GetBoolean());
        }
        var own = await author.LessonAsync(lesson);
        Assert.Equal((authorId, true), (own.GetProperty("author").Id(), own.GetProperty("writtenByYou").GetBoolean()));
    }

    [Fact]
    public async Task an_unknown_or_invisible_lesson_is_not_found()
    {
        var (_, author) = await MemberAsync();
        var (_, outsider) = await MemberAsync("Ole Udenfor");
        var open = await author.OpenThemeAsync("public");
        var closed = await author.OpenThemeAsync("closed", "Lukket");
        var forumLesson = await author.RecordLessonAsync(open, "Kun for forummet", "Tekst", confidentiality: "forum");
        var chathamLesson = await author.RecordLessonAsync(open, "Fortroligt", "Tekst", confidentiality: "chatham-house");
        var closedLesson = await author.RecordLessonAsync(closed, "Lukket", "Tekst", confidentiality: "public");

        await (await Integrator.GetAsync($"/api/lessons/{forumLesson}")).ShouldBeProblemAsync(404);
        await (await Integrator.GetAsync($"/api/lessons/{chathamLesson}")).ShouldBeProblemAsync(404);
        await (await outsider.GetAsync($"/api/lessons/{closedLesson}")).ShouldBeProblemAsync(404);
        await (await author.GetAsync($"/api/lessons/{Guid.NewGuid()}")).ShouldBeProblemAsync(404);
        await (await Anonymous.GetAsync($"/api/lessons/{forumLesson}")).ShouldBeProblemAsync(401);
        Assert.Equal("Kun for forummet", (await outsider.LessonAsync(forumLesson)).Str("title"));
    }
}
