using System.Text.Json;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Search;

public sealed class when_searching_in_danish(ForumFixture fixture) : ForumTest(fixture)
{
    private static string[] Ids(IEnumerable<JsonElement> hits) => hits.Select(h => h.GetProperty("id").GetString()!).ToArray();

    [Fact]
    public async Task stemming_finds_other_forms_of_the_word_and_marks_the_match()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync("forum");
        var lesson = await mette.RecordLessonAsync(theme, "Samarbejde om rekruttering", "Kommunernes fælles jobportal gav flere ansøgere.");
        await mette.PublishAsync(theme, "Helt andet emne: cykelstier.");

        var hits = await mette.ItemsAsync("/api/search?q=kommune");

        var hit = Assert.Single(hits);
        Assert.Equal(lesson.ToString(), hit.GetProperty("id").GetString());
        Assert.Equal("lessons", hit.GetProperty("type").GetString());
        Assert.Contains("<mark>Kommunernes</mark>", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task more_relevant_hits_come_first_across_types()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync("forum");
        var weak = await mette.PublishAsync(theme, "Et indlæg der nævner ældrepleje én gang sammen med meget andet om trafik og skoler.");
        var strong = await mette.RecordLessonAsync(theme, "Ældrepleje", "Ældrepleje, ældrepleje og atter ældrepleje: vagtplaner i ældreplejen.");

        var hits = await mette.ItemsAsync("/api/search?q=ældrepleje");

        Assert.Equal([strong.ToString(), weak.ToString()], Ids(hits));
        Assert.Equal([weak.ToString()], Ids(await mette.ItemsAsync("/api/search?q=ældrepleje&types=posts")));
    }

    [Fact]
    public async Task nobody_finds_what_they_may_not_see()
    {
        var (_, mette) = await MemberAsync();
        var (_, outsider) = await MemberAsync("Ole Udenfor");
        var closed = await mette.OpenThemeAsync("closed", "Fortroligt");
        await mette.RecordLessonAsync(closed, "Budgetterne", "Hemmelige budgetforhandlinger i regionen.");
        var open = await mette.OpenThemeAsync("public", "Åbent");
        var forumOnly = await mette.RecordLessonAsync(open, "Forhandlinger", "Budgetforhandlinger kræver tillid.", confidentiality: "forum");
        var publicLesson = await mette.RecordLessonAsync(open, "Offentligt", "Budgetforhandlinger i åbenhed.", confidentiality: "public");

        Assert.Equal(3, (await mette.ItemsAsync("/api/search?q=budgetforhandlinger&types=lessons")).Length);
        Assert.Equal([forumOnly.ToString(), publicLesson.ToString()],
            Ids(await outsider.ItemsAsync("/api/search?q=budgetforhandlinger")).Order());
        // A word's beginning and a near spelling find no more than the word itself.
        foreach (var q in new[] { "budgetforhandl", "budgetforhandlnger" })
            Assert.Equal([forumOnly.ToString(), publicLesson.ToString()], Ids(await outsider.ItemsAsync($"/api/search?q={q}")).Order());
        Assert.Equal([publicLesson.ToString()], Ids(await Integrator.ItemsAsync("/api/search?q=budgetforhandlinger")));
        Assert.Equal([publicLesson.ToString()], Ids(await Integrator.ItemsAsync("/api/lessons?q=budgetforhandlinger")));
    }

    [Fact]
    public async Task titles_are_safe_html_as_snippets_are_so_what_a_member_wrote_is_shown_and_never_run()
    {
        var (_, mette) = await MemberAsync();
        var theme = await mette.OpenThemeAsync("forum");
        await mette.PublishAsync(theme, "<img src=x onerror=alert(1)> Vagtplaner & ferie");
        await mette.RecordLessonAsync(theme, "<b>Vagtplaner</b> & ferie", "Vagtplaner virkede.");

        var hits = (await mette.ItemsAsync("/api/search?q=vagtplaner")).ToList();

        Assert.Equal(2, hits.Count);
        Assert.Contains(hits, h => h.Str("title") == "&lt;img src=x onerror=alert(1)&gt; Vagtplaner &amp; ferie");
        Assert.Contains(hits, h => h.Str("title") == "&lt;b&gt;Vagtplaner&lt;/b&gt; &amp; ferie");
        Assert.All(hits, h => Assert.DoesNotContain("<", h.Str("title")));
    }

    [Fact]
    public async Task a_missing_query_or_an_unknown_type_is_refused()
    {
        var (_, mette) = await MemberAsync();
        await (await mette.GetAsync("/api/search")).ShouldBeProblemAsync(400);
        var problem = await (await mette.GetAsync("/api/search?q=x&types=lessons,memes")).ShouldBeProblemAsync(400);
        Assert.Contains("memes", problem.Detail());
        await (await Anonymous.GetAsync("/api/search?q=x")).ShouldBeProblemAsync(401);
    }
}
