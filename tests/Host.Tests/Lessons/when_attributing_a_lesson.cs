using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

/// <summary>The author of a Chatham House lesson may later put their name to it; nobody else can do it for them.</summary>
public sealed class when_attributing_a_lesson(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_author_steps_forward_with_name_and_level_and_the_library_finds_it_by_level()
    {
        var (authorId, author) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var (_, reader) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var theme = await author.OpenThemeAsync();
        var lesson = await author.RecordLessonAsync(theme, "Fortroligt", "Det gik skævt.", "went-wrong", "chatham-house");
        Assert.Empty(await reader.ItemsAsync("/api/lessons?level=region"));

        await (await author.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldHaveStatusAsync(204);

        var shown = (await reader.LessonAsync(lesson)).GetProperty("author");
        Assert.Equal((authorId, "Anne Berg", "region"), (shown.Id(), shown.Str("name"), shown.Str("level")));
        Assert.Equal([lesson], (await reader.ItemsAsync("/api/lessons?level=region")).Select(l => l.Id()));
        Assert.Equal("chatham-house", (await reader.LessonAsync(lesson)).Str("confidentiality"));
    }

    [Fact]
    public async Task only_the_author_and_only_once_and_nothing_is_written_when_refused()
    {
        var (_, author) = await MemberAsync();
        var (readerId, reader) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var theme = await author.OpenThemeAsync();
        await reader.AddParticipantAsync(theme, readerId);
        var lesson = await author.RecordLessonAsync(theme, "Fortroligt", "Tekst", confidentiality: "chatham-house");
        var before = await EventCountAsync();

        Assert.Contains("skrevet erfaringen", (await (await reader.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldBeProblemAsync(403)).Detail());
        await (await Secretariat.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldBeProblemAsync(403);
        await (await Admin.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldBeProblemAsync(403);
        await (await Anonymous.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldBeProblemAsync(401);
        await (await author.PostAsync($"/api/lessons/{Guid.NewGuid()}/attribution")).ShouldBeProblemAsync(404);
        Assert.Equal(before, await EventCountAsync());
        Assert.Equal(LessonSteps.Anonymous, (await reader.LessonAsync(lesson)).GetProperty("author").Shown());

        await (await author.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldHaveStatusAsync(204);
        Assert.Contains("allerede", (await (await author.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldBeProblemAsync(409)).Detail());
        Assert.Equal(before + 1, await EventCountAsync());
    }

    [Theory]
    [InlineData("public")]
    [InlineData("forum")]
    public async Task a_lesson_whose_author_is_already_shown_is_a_conflict(string confidentiality)
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync();
        var lesson = await author.RecordLessonAsync(theme, "Åbent", "Tekst", confidentiality: confidentiality);

        var problem = await (await author.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldBeProblemAsync(409);

        Assert.Contains("Chatham House", problem.Detail());
    }

    [Fact]
    public async Task an_integrator_does_not_find_a_chatham_house_lesson()
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync("public");
        var lesson = await author.RecordLessonAsync(theme, "Fortroligt", "Tekst", confidentiality: "chatham-house");

        await (await Integrator.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldBeProblemAsync(404);
    }
}
