using System.Text.Json;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Moderation;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Timeline;

/// <summary>The timeline narrowed to who acted and to words in what happened, without giving away what a reader may not read.</summary>
public sealed class when_filtering_the_timeline_by_member_and_words(ForumFixture fixture) : ForumTest(fixture)
{
    private Guid _themeId, _metteId, _anneId;
    private Caller _mette = null!, _anne = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (_metteId, _mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        (_anneId, _anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        _themeId = await _mette.OpenThemeAsync();
        await _anne.AddParticipantAsync(_themeId, _anneId);
        await _mette.PublishAsync(_themeId, "Vagtplaner på tværs af kommunerne");
        await _anne.PublishAsync(_themeId, "Regionens VAGTPLAN deler vi gerne");
        await _anne.PublishAsync(_themeId, "Rabat på 100% er ikke realistisk");
    }

    private string Timeline => $"/api/themes/{_themeId}/timeline";

    private static string[] Summaries(IEnumerable<JsonElement> entries) => entries.Select(e => e.Str("summary")).ToArray();

    [Fact]
    public async Task member_narrows_it_to_what_that_member_did()
    {
        var anne = await _mette.ItemsAsync($"{Timeline}?member={_anneId}");

        Assert.Equal(["theme.participant-joined", "post.published", "post.published"], anne.Select(e => e.Str("type")));
        Assert.All(anne, e => Assert.Equal(_anneId, e.GetProperty("actor").Id()));
    }

    [Fact]
    public async Task words_are_found_in_what_happened_regardless_of_case()
    {
        var found = await _mette.ItemsAsync($"{Timeline}?q=vagtplan");

        Assert.Equal(["Startede en tråd: »Vagtplaner på tværs af kommunerne«", "Startede en tråd: »Regionens VAGTPLAN deler vi gerne«"], Summaries(found));
        Assert.Equal(["Startede en tråd: »Regionens VAGTPLAN deler vi gerne«"], Summaries(await _mette.ItemsAsync($"{Timeline}?q=vagtplan&member={_anneId}")));
    }

    [Fact]
    public async Task the_wildcards_of_sql_are_only_characters()
    {
        Assert.Equal(["Startede en tråd: »Rabat på 100% er ikke realistisk«"], Summaries(await _mette.ItemsAsync($"{Timeline}?q={Uri.EscapeDataString("100%")}")));
        Assert.Empty(await _mette.ItemsAsync($"{Timeline}?q={Uri.EscapeDataString("%")}%20{Uri.EscapeDataString("_")}"));
    }

    [Fact]
    public async Task a_chatham_house_author_is_not_found_by_their_own_id()
    {
        await _anne.RecordLessonAsync(_themeId, "Vi lukkede for tidligt", "Det gik skævt.", "went-wrong", "chatham-house");

        var anne = await _mette.ItemsAsync($"{Timeline}?member={_anneId}");

        Assert.DoesNotContain("lesson.recorded", anne.Select(e => e.Str("type")));
        Assert.Contains("lesson.recorded", (await _mette.ItemsAsync(Timeline)).Select(e => e.Str("type")));
    }

    [Fact]
    public async Task hidden_words_are_not_found_by_those_who_may_not_read_them()
    {
        var hidden = await _anne.PublishAsync(_themeId, "Borgmesterens hemmelige plan");
        await Secretariat.HideAsync($"/api/posts/{hidden}");
        var (_, outsider) = await MemberAsync("Ole Udenfor", "folketing", "Folketinget");

        Assert.Empty(await outsider.ItemsAsync($"{Timeline}?q=hemmelige"));
        Assert.Empty(await _mette.ItemsAsync($"{Timeline}?q=hemmelige"));
        Assert.Single(await _anne.ItemsAsync($"{Timeline}?q=hemmelige"));
        Assert.Single(await Secretariat.ItemsAsync($"{Timeline}?q=hemmelige"));
        // The entry is still there for everyone, saying only that it happened; and why it was hidden is no secret.
        Assert.Contains("Skrev et indlæg, som sekretariatet har skjult", Summaries(await _mette.ItemsAsync(Timeline)));
        Assert.Single(await _mette.ItemsAsync($"{Timeline}?q=personangreb"));
    }

    [Fact]
    public async Task a_period_that_ends_before_it_begins_and_overlong_words_are_refused()
    {
        var now = Uri.EscapeDataString(Clock.GetUtcNow().ToString("O"));

        var period = await (await _mette.GetAsync($"{Timeline}?from={now}&to={now}")).ShouldBeProblemAsync(400);
        var words = await (await _mette.GetAsync($"{Timeline}?q={new string('a', 201)}")).ShouldBeProblemAsync(400);

        Assert.Equal("Perioden skal slutte efter, at den begynder.", period.Detail());
        Assert.Equal("Søgeteksten må højst være 200 tegn.", words.Detail());
    }
}
