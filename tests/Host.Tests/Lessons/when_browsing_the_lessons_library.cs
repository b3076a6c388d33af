using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

/// <summary><c>GET /api/lessons</c>: filtered by theme, kind and the author's level; ranked in Danish with <c>q</c>, paged without.</summary>
public sealed class when_browsing_the_lessons_library(ForumFixture fixture) : ForumTest(fixture)
{
    private Guid _vagtplan, _udskrivning, _budget, _anonymous, _elsewhere, _public;
    private Guid _theme, _other;

    /// <summary>Mette (kommune) and Anne (region) share lessons in two forum themes and a public one.</summary>
    private async Task<(Caller Mette, Caller Anne)> ALibraryAsync()
    {
        var (_, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        _theme = await mette.OpenThemeAsync("forum", "Ældrepleje");
        _other = await mette.OpenThemeAsync("public", "Klima");
        await anne.AddParticipantAsync(_theme, anneId);
        _vagtplan = await mette.RecordLessonAsync(_theme, "Fælles vagtplan", "Kommunernes vagtplaner blev delt.", "worked");
        _udskrivning = await anne.RecordLessonAsync(_theme, "Udskrivning", "Regionen udskrev for tidligt til kommunerne.", "went-wrong");
        _budget = await anne.RecordLessonAsync(_theme, "Budget", "Blandede erfaringer med fælles budget for kommunen.", "mixed");
        _anonymous = await anne.RecordLessonAsync(_theme, "Fortroligt", "Kommunens ledelse gik skævt.", "went-wrong", "chatham-house");
        _elsewhere = await mette.RecordLessonAsync(_other, "Diger", "Kommunen betalte digerne.", "worked");
        _public = await mette.RecordLessonAsync(_other, "Åbent om diger", "Kommunerne deler regningen.", "worked", "public");
        return (mette, anne);
    }

    private static Guid[] Ids(IEnumerable<JsonElement> items) => items.Select(i => i.Id()).ToArray();

    [Fact]
    public async Task without_a_query_it_lists_oldest_first_and_filters_by_theme_kind_and_level()
    {
        var (mette, _) = await ALibraryAsync();

        Assert.Equal([_vagtplan, _udskrivning, _budget, _anonymous, _elsewhere, _public], Ids(await mette.ItemsAsync("/api/lessons")));
        Assert.Equal([_vagtplan, _udskrivning, _budget, _anonymous], Ids(await mette.ItemsAsync($"/api/lessons?theme={_theme}")));
        Assert.Equal([_udskrivning, _anonymous], Ids(await mette.ItemsAsync("/api/lessons?kind=went-wrong")));
        Assert.Equal([_elsewhere, _public], Ids(await mette.ItemsAsync($"/api/lessons?theme={_other}&kind=worked")));
        // A Chatham House author's level is not shown, so the level filter cannot find the lesson either.
        Assert.Equal([_udskrivning, _budget], Ids(await mette.ItemsAsync("/api/lessons?level=region")));
        Assert.Equal([_vagtplan], Ids(await mette.ItemsAsync($"/api/lessons?level=kommune&theme={_theme}")));
    }

    [Fact]
    public async Task with_a_query_it_ranks_in_danish_and_still_filters()
    {
        var (mette, _) = await ALibraryAsync();

        var hits = await mette.ItemsAsync("/api/lessons?q=kommune");
        Assert.Equal(6, hits.Length);
        Assert.All(hits, h => Assert.Equal("lessons", h.Str("type")));
        Assert.Equal([_udskrivning, _anonymous], Ids(await mette.ItemsAsync("/api/lessons?q=kommune&kind=went-wrong")).Order());
        Assert.Equal([_udskrivning, _budget], Ids(await mette.ItemsAsync("/api/lessons?q=kommune&level=region")).Order());
        Assert.Equal([_elsewhere, _public], Ids(await mette.ItemsAsync($"/api/lessons?q=kommune&theme={_other}")).Order());
        Assert.Empty(await mette.ItemsAsync("/api/lessons?q=cykelsti"));
    }

    [Fact]
    public async Task pages_follow_one_another_without_gaps_or_repeats()
    {
        var (mette, _) = await ALibraryAsync();

        var all = await mette.AllPagesAsync("/api/lessons", 4);
        Assert.Equal([_vagtplan, _udskrivning, _budget, _anonymous, _elsewhere, _public], Ids(all));
        Assert.Equal([_udskrivning, _anonymous], Ids(await mette.AllPagesAsync("/api/lessons?kind=went-wrong", 1)));
        var first = await mette.ReadAsync<JsonElement>("/api/lessons?limit=2");
        Assert.Equal(_udskrivning.ToString(), first.Str("next"));
    }

    [Fact]
    public async Task each_caller_sees_only_what_they_may()
    {
        var (mette, _) = await ALibraryAsync();
        var closed = await mette.OpenThemeAsync("closed", "Lukket");
        var secret = await mette.RecordLessonAsync(closed, "Lukket", "Kommunen i et lukket tema.", confidentiality: "public");
        var (_, outsider) = await MemberAsync("Ole Udenfor");

        Assert.Equal([_public], Ids(await Integrator.ItemsAsync("/api/lessons")));
        Assert.Equal([_public], Ids(await Integrator.ItemsAsync("/api/lessons?q=kommune")));
        Assert.Empty(await Integrator.ItemsAsync($"/api/lessons?theme={_theme}"));
        Assert.DoesNotContain(secret, Ids(await outsider.ItemsAsync("/api/lessons")));
        Assert.Empty(await outsider.ItemsAsync($"/api/lessons?theme={closed}"));
        Assert.DoesNotContain(secret, Ids(await outsider.ItemsAsync("/api/lessons?q=kommune")));
        Assert.Contains(secret, Ids(await mette.ItemsAsync("/api/lessons")));
        Assert.Contains(secret, Ids(await Secretariat.ItemsAsync("/api/lessons")));
    }

    [Fact]
    public async Task an_unknown_kind_or_level_is_refused()
    {
        var (_, mette) = await MemberAsync();

        Assert.Contains("kind", (await (await mette.GetAsync("/api/lessons?kind=lucky")).ShouldBeProblemAsync(400)).Detail());
        await (await mette.GetAsync("/api/lessons?level=amt")).ShouldBeProblemAsync(400);
        await (await Anonymous.GetAsync("/api/lessons")).ShouldBeProblemAsync(401);
    }
}
