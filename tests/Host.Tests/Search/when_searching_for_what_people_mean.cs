using System.Text.Json;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Search;

/// <summary>
/// Danish search finds compounds from their parts, near spellings and tags, ranks the words themselves first, comes a
/// page at a time, and answers a query it cannot run with a problem that says how to fix it.
/// </summary>
public sealed class when_searching_for_what_people_mean(ForumFixture fixture) : ForumTest(fixture)
{
    private static Guid[] Ids(IEnumerable<JsonElement> hits) => [.. hits.Select(h => h.Id())];

    [Fact]
    public async Task a_part_finds_the_compound_and_the_word_itself_ranks_first()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync("forum");
        var compound = await mette.RecordLessonAsync(theme, "Skybrud", "Regnvandsbede på villavejene tager toppen af skybruddene.");
        var word = await mette.RecordLessonAsync(theme, "Opsamling", "Vi samlede regnvand i tønder ved skolerne.");
        await mette.PublishAsync(theme, "Noget helt andet: cykelstier.");

        var hits = await mette.ItemsAsync("/api/search?q=regnvand");

        Assert.Equal([word, compound], Ids(hits));
        Assert.InRange(hits[0].GetProperty("rank").GetDouble(), 2, 3);
        Assert.InRange(hits[1].GetProperty("rank").GetDouble(), 1, 2);
        Assert.Contains("<mark>Regnvandsbede</mark>", hits[1].Str("snippet"));
        // The whole compound finds it by the word itself; the lesson on "regnvand" is at most a near spelling of it.
        var whole = await mette.ItemsAsync($"/api/lessons?q=regnvandsbede&theme={theme}");
        Assert.Equal(compound, whole[0].Id());
        Assert.All(whole[1..], h => Assert.InRange(h.GetProperty("rank").GetDouble(), 0, 1));
    }

    [Fact]
    public async Task a_misspelt_or_partial_word_finds_a_near_spelling_below_every_real_match()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync("forum");
        var lesson = await mette.RecordLessonAsync(theme, "Regnvandsbede", "Kommunen anlagde bede langs vejene.");

        var hit = Assert.Single(await mette.ItemsAsync("/api/search?q=regnvnd"));

        Assert.Equal(lesson, hit.Id());
        Assert.InRange(hit.GetProperty("rank").GetDouble(), 0, 1);
        Assert.Empty(await mette.ItemsAsync("/api/search?q=cykelsti"));
    }

    [Fact]
    public async Task tags_are_searched_and_filter_the_library()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync("forum");
        var tagged = await mette.RecordLessonAsync(theme, "Bede i byen", "Kommunen anlagde bede langs vejene.", tags: ["Klimatilpasning", "veje"]);
        var other = await mette.RecordLessonAsync(theme, "Bede på landet", "Kommunen anlagde bede ved markerne.", tags: ["landbrug"]);

        Assert.Equal([tagged], Ids(await mette.ItemsAsync("/api/search?q=klimatilpasning")));
        Assert.Equal([tagged], Ids(await mette.ItemsAsync("/api/lessons?tag=klimatilpasning")));
        Assert.Equal([tagged], Ids(await mette.ItemsAsync("/api/lessons?tag=%20Klimatilpasning%20")));
        Assert.Equal([other], Ids(await mette.ItemsAsync("/api/lessons?q=bede&tag=landbrug")));
        Assert.Equal([tagged, other], Ids(await mette.ItemsAsync("/api/lessons?q=bede")).Order());
        Assert.Empty(await mette.ItemsAsync("/api/lessons?tag=ukendt"));
    }

    [Fact]
    public async Task hits_come_a_page_at_a_time_in_rank_order_without_gaps_or_repeats()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync("forum");
        var lessons = new List<Guid>();
        for (var i = 1; i <= 5; i++)
            lessons.Add(await mette.RecordLessonAsync(theme, $"Vagtplan {i}", string.Join(' ', Enumerable.Repeat("vagtplaner", i)) + " og andet."));
        var post = await mette.PublishAsync(theme, "Vagtplanlægningen i weekenden");

        var all = await mette.ReadAsync<JsonElement>("/api/search?q=vagtplan");
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);
        var ranked = Ids(all.GetProperty("items").EnumerateArray());
        Assert.Equal(6, ranked.Length);
        Assert.Equal(post, ranked[^1]);
        Assert.Equal(ranked, Ids(await mette.AllPagesAsync("/api/search?q=vagtplan", 2)));
        Assert.Equal(ranked.Where(lessons.Contains), Ids(await mette.AllPagesAsync("/api/lessons?q=vagtplan", 4)));
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=%21%3F%2A", "q")]
    [InlineData("/api/search?q=x&types=lessons,memes", "types")]
    [InlineData("/api/search?q=x&limit=mange", "limit")]
    [InlineData("/api/search?q=x&after=sidste", "after")]
    public async Task a_query_that_cannot_be_run_is_a_problem_in_danish_naming_what_to_fix(string url, string parameter)
    {
        var (_, mette) = await MemberAsync();

        var problem = await (await mette.GetAsync(url)).ShouldBeProblemAsync(400);

        Assert.False(string.IsNullOrWhiteSpace(problem.Detail()));
        Assert.False(string.IsNullOrWhiteSpace(problem.FieldError(parameter)));
    }

    [Fact]
    public async Task a_query_longer_than_200_characters_is_refused_with_the_limit()
    {
        var (_, mette) = await MemberAsync();
        var problem = await (await mette.GetAsync($"/api/search?q={new string('a', 201)}")).ShouldBeProblemAsync(400);
        Assert.Contains("200 tegn", problem.FieldError("q"));
        Assert.Empty(await mette.ItemsAsync($"/api/search?q={new string('a', 200)}"));
    }

    [Fact]
    public async Task a_chatham_house_lesson_is_found_by_its_words_and_never_by_or_with_its_author()
    {
        const string name = "Xenia Fortrolighedsen", party = "Fortrolighedspartiet", body = "Region Syddanmark";
        var (authorId, author) = await MemberAsync(name, "region", body, party: party);
        var (_, colleague) = await MemberAsync("Bent Kollega", "kommune", "Aalborg Kommune");
        var theme = await colleague.OpenThemeAsync("forum", "Udskrivning af ældre patienter");
        await author.AddParticipantAsync(theme, authorId);
        var lesson = await author.RecordLessonAsync(theme, "Udskrivningen gik skævt",
            "Hjemmeplejen var ikke klar, da borgerne kom hjem.", "went-wrong", "chatham-house", ["udskrivning"]);
        string[] secrets = [name, "Fortrolighedsen", party, body, "Syddanmark", "region", authorId.ToString()];

        foreach (var reader in new[] { colleague, Secretariat, Admin })
        {
            foreach (var url in new[] { "/api/search?q=hjemmeplejen", "/api/search?q=hjemmepleje", "/api/search?q=hjemmplejen",
                                        "/api/search?q=udskrivning", "/api/lessons?q=hjemmeplejen" })
            {
                var shown = await (await reader.GetAsync(url)).Content.ReadAsStringAsync();
                Assert.Contains(lesson.ToString(), shown);
                foreach (var secret in secrets) Assert.False(shown.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} shows \"{secret}\": {shown}");
            }
            foreach (var q in new[] { "Fortrolighedsen", "Fortroligheds", "Fortrolighedsn", party, "Syddanmark", authorId.ToString() })
                Assert.DoesNotContain(lesson, Ids(await reader.ItemsAsync($"/api/search?q={Uri.EscapeDataString(q)}")));
        }
    }
}
