using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Timeline;

public sealed class when_paging_and_filtering_the_timeline(ForumFixture fixture) : ForumTest(fixture)
{
    private Guid _themeId;
    private Caller _mette = null!;

    /// <summary>A theme with a kommune and a region member, a thread, a reply, an edit and a retraction: nine entries.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (_, _mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        _themeId = await _mette.OpenThemeAsync();
        await anne.AddParticipantAsync(_themeId, anneId);
        var threadId = await _mette.PublishAsync(_themeId, "Tråd");
        var replyId = await anne.PublishAsync(_themeId, "Svar", threadId);
        await (await anne.PutAsync($"/api/posts/{replyId}", new { text = "Rettet svar", version = 1 })).ShouldHaveStatusAsync(200);
        await (await anne.DeleteAsync($"/api/posts/{replyId}")).ShouldHaveStatusAsync(204);
        await (await Secretariat.PutAsync($"/api/themes/{_themeId}", new { title = "Nyt navn", description = "D", visibility = "forum", version = 3 }))
            .ShouldHaveStatusAsync(200);
        await (await Secretariat.PostAsync($"/api/themes/{_themeId}/archive")).ShouldHaveStatusAsync(204);
    }

    private string Timeline => $"/api/themes/{_themeId}/timeline";

    private static string[] TypesOf(IEnumerable<JsonElement> entries) => entries.Select(e => e.Str("type")).ToArray();

    [Fact]
    public async Task every_entry_comes_exactly_once_across_pages()
    {
        var whole = await _mette.ItemsAsync(Timeline);

        var paged = await _mette.AllPagesAsync(Timeline, limit: 2);

        Assert.Equal(9, whole.Length);
        Assert.Equal(whole.Select(e => e.GetProperty("sequence").GetInt64()), paged.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(
            ["theme.opened", "theme.participant-joined", "theme.participant-joined", "post.published", "post.published",
             "post.edited", "post.retracted", "theme.updated", "theme.archived"],
            TypesOf(paged));
    }

    [Fact]
    public async Task order_desc_pages_newest_first_and_every_entry_comes_once()
    {
        var ascending = (await _mette.ItemsAsync(Timeline)).Select(e => e.GetProperty("sequence").GetInt64()).ToArray();

        var first = await _mette.ReadAsync<JsonElement>($"{Timeline}?order=desc&limit=4");
        var paged = await _mette.AllPagesAsync($"{Timeline}?order=desc", limit: 4);
        var filtered = await _mette.AllPagesAsync($"{Timeline}?order=desc&types=post.published,post.edited", limit: 1);

        Assert.Equal(ascending.Reverse().Take(4), first.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(ascending[^4].ToString(), first.Str("next"));
        Assert.Equal(ascending.Reverse(), paged.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(["post.edited", "post.published", "post.published"], TypesOf(filtered));
        Assert.Equal(ascending, (await _mette.AllPagesAsync($"{Timeline}?order=asc", limit: 4)).Select(e => e.GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public async Task an_unknown_order_names_the_parameter_and_its_values()
    {
        var problem = await (await _mette.GetAsync($"{Timeline}?order=newest")).ShouldBeProblemAsync(400);

        Assert.Equal("'order' skal være en af: asc, desc.", problem.Detail());
        Assert.Equal("Skal være en af: asc, desc.", problem.FieldError("order"));
    }

    [Fact]
    public async Task types_narrow_it_to_those_kinds_of_event()
    {
        var posts = await _mette.ItemsAsync($"{Timeline}?types=post.edited,post.retracted");

        Assert.Equal(["post.edited", "post.retracted"], TypesOf(posts));
        Assert.Equal(["Rettede et indlæg, som siden er trukket tilbage", "Trak et indlæg tilbage"], posts.Select(e => e.Str("summary")));
    }

    [Fact]
    public async Task an_unknown_type_is_invalid()
    {
        var problem = await (await _mette.GetAsync($"{Timeline}?types=post.published,post.liked")).ShouldBeProblemAsync(400);

        Assert.Contains("Ukendt hændelsestype: post.liked", problem.Detail());
    }

    [Fact]
    public async Task level_narrows_it_to_what_people_of_that_level_did()
    {
        var region = await _mette.ItemsAsync($"{Timeline}?level=region");

        Assert.Equal(["theme.participant-joined", "post.published", "post.edited", "post.retracted"], TypesOf(region));
        Assert.All(region, e => Assert.Equal("Anne Berg", e.GetProperty("actor").Str("name")));
        Assert.Empty(await _mette.ItemsAsync($"{Timeline}?level=europaparlamentet"));
    }

    [Fact]
    public async Task from_and_to_narrow_it_to_a_period()
    {
        var whole = await _mette.ItemsAsync(Timeline);
        var from = whole[3].GetProperty("time").GetDateTimeOffset();
        var to = whole[7].GetProperty("time").GetDateTimeOffset();

        var period = await _mette.ItemsAsync($"{Timeline}?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}");

        Assert.Equal(TypesOf(whole[3..7]), TypesOf(period));
    }
}
