using System.Text.Json;
using Wolverine.Tracking;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Audit;

/// <summary>The secretariat's record of who did what and when, across themes and outside them.</summary>
public sealed class when_reading_the_audit_trail(ForumFixture fixture) : ForumTest(fixture)
{
    private Guid _metteId, _anneId, _theme, _otherTheme, _post, _lesson;
    private Caller _mette = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (_metteId, _mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var mette = _mette;
        (_anneId, var anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        _theme = await mette.OpenThemeAsync("closed", "Fortroligt");
        _otherTheme = await Secretariat.OpenThemeAsync("public", "Åbent");
        await Secretariat.AddParticipantAsync(_theme, _anneId);
        _post = await mette.PublishAsync(_theme, "Første indlæg");
        _lesson = await anne.RecordLessonAsync(_theme, "Udskrivning", "Det gik skævt.", "went-wrong", "chatham-house");
        await (await Admin.PutAsync($"/api/members/{_anneId}", new
        {
            name = "Anne Berg Nielsen", email = "anne@rm.dk", level = "region", body = "Region Midtjylland", party = "B", version = 1
        })).ShouldHaveStatusAsync(200);
    }

    private static string[] TypesOf(IEnumerable<JsonElement> entries) => entries.Select(e => e.Str("type")).ToArray();

    [Fact]
    public async Task it_lists_every_event_in_order_with_the_actor_named_now()
    {
        var all = await Secretariat.ItemsAsync("/api/audit");

        Assert.Equal(
            ["member.registered", "member.registered", "theme.opened", "theme.participant-joined", "theme.opened", "theme.participant-joined",
             "post.published", "lesson.recorded", "member.profile-updated"], TypesOf(all));
        Assert.Equal(all.Select(e => e.GetProperty("sequence").GetInt64()).Order(), all.Select(e => e.GetProperty("sequence").GetInt64()));
        var published = all.Single(e => e.Str("type") == "post.published");
        Assert.Equal((_theme, _post), (published.Id("themeId"), published.Id("itemId")));
        Assert.Equal("Mette Holm", published.GetProperty("actor").Str("name"));
        var updated = all.Single(e => e.Str("type") == "member.profile-updated");
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("themeId").ValueKind);
        Assert.Equal(_anneId, updated.Id("itemId"));
        Assert.Equal("Administrator", updated.GetProperty("actor").Str("name"));
    }

    [Fact]
    public async Task each_entry_says_what_happened_in_danish_with_people_named_as_they_are_now()
    {
        var all = await Secretariat.ItemsAsync("/api/audit");

        Assert.Equal(
            ["Registrerede Mette Holm som medlem", "Registrerede Anne Berg Nielsen som medlem", "Åbnede temaet »Fortroligt«",
             "Meldte sig til temaet", "Åbnede temaet »Åbent«", "Tilføjede Anne Berg Nielsen som deltager", "Startede en tråd: »Første indlæg«",
             "Delte en erfaring (det gik skævt): »Udskrivning«", "Opdaterede profilen for Anne Berg Nielsen"],
            all.Select(e => e.Str("summary")));
    }

    [Fact]
    public async Task a_retracted_post_and_an_erased_member_leave_neither_words_nor_name_in_it()
    {
        await (await _mette.DeleteAsync($"/api/posts/{_post}")).ShouldHaveStatusAsync(204);
        await Host.ExecuteAndWaitAsync(async () =>
            await (await Secretariat.PostAsync($"/api/members/{_metteId}/erasure", new { reason = "Artikel 17" })).ShouldHaveStatusAsync(200));

        var all = await Secretariat.ItemsAsync("/api/audit");

        Assert.Equal("Skrev et indlæg, som siden er trukket tilbage", all.Single(e => e.Str("type") == "post.published").Str("summary"));
        Assert.Equal("Registrerede et tidligere medlem som medlem", all[0].Str("summary"));
        Assert.Equal("Slettede et medlems personoplysninger", all.Single(e => e.Str("type") == "member.erased").Str("summary"));
        Assert.All(all, e => Assert.DoesNotContain("Mette", e.GetRawText()));
        Assert.All(all, e => Assert.DoesNotContain("Første indlæg", e.GetRawText()));
    }

    [Fact]
    public async Task a_chatham_house_author_is_recorded_as_nobody()
    {
        var recorded = (await Admin.ItemsAsync("/api/audit")).Single(e => e.Str("type") == "lesson.recorded");

        Assert.Equal(_lesson, recorded.Id("itemId"));
        Assert.Equal(JsonValueKind.Null, recorded.GetProperty("actor").GetProperty("id").ValueKind);
        Assert.Equal("anonymous", recorded.GetProperty("actor").Str("role"));
        Assert.DoesNotContain(_anneId.ToString(), recorded.GetRawText());
        Assert.DoesNotContain("Anne", recorded.GetRawText());
        Assert.DoesNotContain("lesson.recorded", TypesOf(await Secretariat.ItemsAsync($"/api/audit?actor={_anneId}")));
    }

    [Fact]
    public async Task actor_theme_and_period_narrow_it()
    {
        Assert.Equal(["theme.opened", "theme.participant-joined", "post.published"],
            TypesOf(await Secretariat.ItemsAsync($"/api/audit?actor={_metteId}")));
        Assert.Equal(["theme.opened", "theme.participant-joined", "theme.participant-joined", "post.published", "lesson.recorded"],
            TypesOf(await Secretariat.ItemsAsync($"/api/audit?theme={_theme}")));
        Assert.Equal(["theme.opened"], TypesOf(await Secretariat.ItemsAsync($"/api/audit?theme={_otherTheme}")));

        var whole = await Secretariat.ItemsAsync("/api/audit");
        var from = Uri.EscapeDataString(whole[2].GetProperty("time").GetDateTimeOffset().ToString("O"));
        var to = Uri.EscapeDataString(whole[5].GetProperty("time").GetDateTimeOffset().ToString("O"));
        Assert.Equal(TypesOf(whole[2..5]), TypesOf(await Secretariat.ItemsAsync($"/api/audit?from={from}&to={to}")));
    }

    [Fact]
    public async Task it_pages_by_sequence()
    {
        var whole = await Admin.ItemsAsync("/api/audit");

        var paged = await Admin.AllPagesAsync("/api/audit", limit: 3);

        Assert.Equal(whole.Select(e => e.GetRawText()), paged.Select(e => e.GetRawText()));
    }

    [Fact]
    public async Task order_desc_pages_newest_first_and_every_entry_comes_once()
    {
        var whole = (await Admin.ItemsAsync("/api/audit")).Select(e => e.GetProperty("sequence").GetInt64()).ToArray();

        var first = await Admin.ReadAsync<JsonElement>("/api/audit?order=desc&limit=2");
        var paged = await Admin.AllPagesAsync("/api/audit?order=desc", limit: 2);
        var ofTheme = await Admin.AllPagesAsync($"/api/audit?order=desc&theme={_theme}", limit: 1);

        Assert.Equal(whole.Reverse().Take(2), first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(whole[^2].ToString(), first.Str("next"));
        Assert.Equal(whole.Reverse(), paged.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(TypesOf(await Admin.ItemsAsync($"/api/audit?theme={_theme}")).Reverse(), TypesOf(ofTheme));
    }

    [Fact]
    public async Task members_and_integrators_are_forbidden_and_strangers_unauthenticated()
    {
        var (_, jonas) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        await (await jonas.GetAsync("/api/audit")).ShouldBeProblemAsync(403);
        await (await Integrator.GetAsync("/api/audit")).ShouldBeProblemAsync(403);
        await (await Anonymous.GetAsync("/api/audit")).ShouldHaveStatusAsync(401);
    }

    [Theory]
    [InlineData("actor", "/api/audit?actor=mette")]
    [InlineData("theme", "/api/audit?theme=42")]
    [InlineData("from", "/api/audit?from=i-går")]
    [InlineData("after", "/api/audit?after=x")]
    public async Task an_unreadable_filter_is_invalid(string parameter, string url)
    {
        var problem = await (await Secretariat.GetAsync(url)).ShouldBeProblemAsync(400);

        Assert.False(string.IsNullOrWhiteSpace(problem.FieldError(parameter)));
    }
}
