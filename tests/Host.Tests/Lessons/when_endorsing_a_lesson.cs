using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

/// <summary>"Det kan jeg bruge": one endorsement per member, never one's own.</summary>
public sealed class when_endorsing_a_lesson(ForumFixture fixture) : ForumTest(fixture)
{
    private async Task<(Guid Theme, Guid Lesson, Caller Author)> ALessonAsync(string visibility = "forum", string confidentiality = "forum")
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync(visibility);
        return (theme, await author.RecordLessonAsync(theme, "Fælles vagtplan", "Det virkede.", confidentiality: confidentiality), author);
    }

    [Fact]
    public async Task a_member_can_use_it_and_it_counts()
    {
        var (_, lesson, author) = await ALessonAsync();
        var (_, reader) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");

        await reader.EndorseAsync(lesson);

        var seen = await reader.LessonAsync(lesson);
        Assert.Equal((1, true), (seen.GetProperty("endorsements").GetInt32(), seen.GetProperty("endorsedByYou").GetBoolean()));
        var own = await author.LessonAsync(lesson);
        Assert.Equal((1, false), (own.GetProperty("endorsements").GetInt32(), own.GetProperty("endorsedByYou").GetBoolean()));
    }

    [Fact]
    public async Task twice_is_a_conflict_and_nothing_more_is_written()
    {
        var (_, lesson, _) = await ALessonAsync();
        var (_, reader) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        await reader.EndorseAsync(lesson);
        var before = await EventCountAsync();

        var problem = await (await reader.PostAsync($"/api/lessons/{lesson}/endorsements")).ShouldBeProblemAsync(409);

        Assert.Contains("allerede", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
        Assert.Equal(1, (await reader.LessonAsync(lesson)).GetProperty("endorsements").GetInt32());
    }

    [Fact]
    public async Task the_author_cannot_endorse_their_own_lesson_even_under_chatham_house()
    {
        var (_, lesson, author) = await ALessonAsync(confidentiality: "chatham-house");
        var before = await EventCountAsync();

        Assert.Contains("din egen", (await (await author.PostAsync($"/api/lessons/{lesson}/endorsements")).ShouldBeProblemAsync(409)).Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task only_members_endorse_and_an_integrator_does_not_find_a_forum_lesson()
    {
        var (_, forumLesson, author) = await ALessonAsync("public");
        var theme = await author.OpenThemeAsync("public", "Åbent");
        var publicLesson = await author.RecordLessonAsync(theme, "Offentlig", "Tekst", confidentiality: "public");
        var before = await EventCountAsync();

        await (await Integrator.PostAsync($"/api/lessons/{forumLesson}/endorsements")).ShouldBeProblemAsync(404);
        await (await Integrator.PostAsync($"/api/lessons/{publicLesson}/endorsements")).ShouldBeProblemAsync(403);
        Assert.Contains("medlemmer", (await (await Secretariat.PostAsync($"/api/lessons/{publicLesson}/endorsements")).ShouldBeProblemAsync(403)).Detail());
        await (await Anonymous.PostAsync($"/api/lessons/{publicLesson}/endorsements")).ShouldBeProblemAsync(401);
        await (await author.PostAsync($"/api/lessons/{Guid.NewGuid()}/endorsements")).ShouldBeProblemAsync(404);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_outsider_does_not_find_a_lesson_in_a_closed_theme()
    {
        var (_, lesson, _) = await ALessonAsync("closed");
        var (_, outsider) = await MemberAsync("Ole Udenfor");

        await (await outsider.PostAsync($"/api/lessons/{lesson}/endorsements")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task twenty_members_endorsing_at_the_same_moment_are_all_kept()
    {
        var (_, lesson, author) = await ALessonAsync();
        var members = new List<(Guid Id, Caller Caller)>();
        for (var i = 0; i < 20; i++) members.Add(await MemberAsync($"Medlem {i}", "kommune", $"Kommune {i}"));

        var responses = await Task.WhenAll(members.Select(m => m.Caller.PostAsync($"/api/lessons/{lesson}/endorsements")));

        foreach (var response in responses) await response.ShouldHaveStatusAsync(204);
        Assert.Equal(20, (await author.LessonAsync(lesson)).GetProperty("endorsements").GetInt32());
        var stream = await Store.QuerySession().Events.FetchStreamAsync(lesson);
        Assert.Equal(21, stream.Count);
        Assert.Equal(members.Select(m => m.Id).Order(), stream.Skip(1).Select(e => ((Domain.Lessons.LessonEndorsed)e.Data).MemberId).Order());
        Assert.Equal(Enumerable.Range(1, 21).Select(v => (long)v), stream.Select(e => e.Version));
    }
}
