using System.Text.Json;
using System.Text.RegularExpressions;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.Extensions;
using Politikerforum.Host.Tests.Experiments;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Feed;

/// <summary>The feed as an integrator reads it: CloudEvents the CNCF SDK accepts, each of a documented type and shape, in order.</summary>
public sealed partial class when_reading_the_feed(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task every_event_is_a_valid_cloudevent_whose_data_is_exactly_its_published_schema()
    {
        await APublicThemeWithEverythingAsync();
        await Store.CaughtUpAsync();

        var (events, _) = await Integrator.WholeFeedAsync();

        var schemas = (await Anonymous.AllPagesAsync("/api/feed/schemas", 7)).ToDictionary(s => s.Str("type"), s => s.Str("schema"));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(events.Select(e => e.SequenceOf()).Order(), events.Select(e => e.SequenceOf()));
        foreach (var e in events)
        {
            Assert.Equal(CloudEventsSpecVersion.V1_0, e.SpecVersion);
            Assert.Equal(new Uri($"{ForumSettings.PublicUrl}/api"), e.Source);
            Assert.NotNull(e.Time);
            Assert.Equal("application/json", e.DataContentType);
            Assert.Matches(Subject(), e.Subject!);
            Assert.Equal(schemas[e.Type!], e.DataSchema!.ToString());
            var sequence = Assert.IsType<string>(e[Sequence.SequenceAttribute]);
            Assert.Matches("^[0-9]{19}$", sequence);
            var schema = await Anonymous.ReadAsync<JsonElement>(e.DataSchema.PathAndQuery);
            Assert.Equal(e.DataSchema.ToString(), schema.Str("$id"));
            var documented = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order();
            Assert.Equal(documented, e.DataOf().EnumerateObject().Select(p => p.Name).Order());
        }
        Assert.Superset(new HashSet<string>(new[]
            {"theme.opened", "theme.participant-joined", "post.published", "lesson.recorded", "lesson.endorsed", "experiment.proposed",
             "experiment.started", "decision.proposed", "decision.position-taken", "commitment.made", "theme.pace-switched"}
            .Select(t => "dk.politikerforum." + t)), events.Select(e => e.Type!).ToHashSet());
    }

    [Fact]
    public async Task paging_goes_on_exactly_after_the_last_sequence_seen()
    {
        var (_, author) = await MemberAsync();
        var theme = await author.OpenThemeAsync("public");
        for (var i = 0; i < 23; i++) await author.PublishAsync(theme, $"Indlæg {i}");
        await Store.CaughtUpAsync();

        var (whole, _) = await Integrator.WholeFeedAsync();
        var (paged, _) = await Integrator.WholeFeedAsync("?limit=4");
        Assert.Equal(whole.Select(e => e.Id), paged.Select(e => e.Id));
        Assert.Equal(25, whole.Count);

        var tenth = whole[9].SequenceOf();
        var rest = await Integrator.FeedPageAsync($"?after={tenth}&limit=1000");
        Assert.Equal(whole.Skip(10).Select(e => e.Id), rest.Events.Select(e => e.Id));
        // The padded form the events carry is accepted as well.
        var same = await Integrator.FeedPageAsync($"?after={whole[9][Sequence.SequenceAttribute]}&limit=1000");
        Assert.Equal(rest.Events.Select(e => e.Id), same.Events.Select(e => e.Id));
    }

    [Fact]
    public async Task types_and_theme_narrow_it_and_the_next_link_skips_what_was_not_for_the_reader()
    {
        var (_, author) = await MemberAsync();
        var first = await author.OpenThemeAsync("public", "Klima");
        var second = await author.OpenThemeAsync("public", "Sundhed");
        await author.PublishAsync(first, "Om klima");
        await author.PublishAsync(second, "Om sundhed");
        await Store.CaughtUpAsync();

        var posts = await Integrator.FeedPageAsync("?types=dk.politikerforum.post.published");
        Assert.Equal(["dk.politikerforum.post.published", "dk.politikerforum.post.published"], posts.Events.Select(e => e.Type));
        var ofSecond = await Integrator.FeedPageAsync($"?theme={second}");
        Assert.All(ofSecond.Events, e => Assert.Equal(second, e.DataOf().Id("themeId")));
        Assert.Equal(3, ofSecond.Events.Count);

        // Nothing more for this filter: the next link still moves on, to the high-water mark.
        var after = await Integrator.FeedPageAsync(ofSecond.Next!["/api/feed".Length..]);
        Assert.Empty(after.Events);
        Assert.Contains($"after={ofSecond.Events[^1].SequenceOf()}", ofSecond.Next);
    }

    [Fact]
    public async Task a_narrow_filter_finds_what_lies_past_the_first_rows_read()
    {
        // A page reads the store in parts sized to what it still needs (a small page asks for few rows at first): a part
        // that holds nothing for the filter is not the end of what there is.
        var (_, author) = await MemberAsync();
        var busy = await author.OpenThemeAsync("public", "Travlt tema");
        for (var i = 0; i < 70; i++) await author.PublishAsync(busy, $"Indlæg {i}");
        var quiet = await author.OpenThemeAsync("public", "Stille tema");
        await Store.CaughtUpAsync();

        var (opened, _) = await Integrator.WholeFeedAsync("?limit=1000&types=dk.politikerforum.theme.opened");
        var start = opened.Single(e => e.Subject == $"themes/{busy}").SequenceOf();
        var page = await Integrator.FeedPageAsync($"?after={start}&limit=1&types=dk.politikerforum.theme.opened");

        Assert.Equal($"themes/{quiet}", Assert.Single(page.Events).Subject);
    }

    [Fact]
    public async Task whoever_acted_is_shown_in_the_role_they_acted_in()
    {
        var (_, member) = await MemberAsync("Ida Holm", "kommune", "Silkeborg Kommune");
        var byAdmin = await Admin.OpenThemeAsync("public", "Åbnet af en administrator");
        var byMember = await member.OpenThemeAsync("public", "Åbnet af et medlem");
        await Store.CaughtUpAsync();

        var (events, _) = await Integrator.WholeFeedAsync();

        string OpenerOf(Guid theme) =>
            events.Single(e => e.Type == "dk.politikerforum.theme.opened" && e.Subject == $"themes/{theme}").DataOf().GetProperty("openedBy").GetRawText();
        // The role comes from the event's own record of it: an admin without a registry entry is named by it alone.
        Assert.Equal("""{"name":"Administrator","level":null,"body":null,"role":"admin"}""", OpenerOf(byAdmin));
        Assert.Equal("""{"name":"Ida Holm","level":"kommune","body":"Silkeborg Kommune","role":"member"}""", OpenerOf(byMember));
    }

    [Fact]
    public async Task the_schema_catalogue_is_a_page_whose_next_leads_through_every_type_once()
    {
        var first = await Anonymous.ReadAsync<JsonElement>("/api/feed/schemas?limit=3");
        var all = await Anonymous.AllPagesAsync("/api/feed/schemas", 4);

        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal(first.GetProperty("items")[2].Str("type"), first.Str("next"));
        Assert.Equal(Politikerforum.Integrations.Feed.Contract.EventTypes.All.Select(t => t.Name).Order(StringComparer.Ordinal), all.Select(s => s.Str("type")));
        Assert.Equal(JsonValueKind.Null, (await Anonymous.ReadAsync<JsonElement>("/api/feed/schemas?limit=200")).GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task an_unknown_type_is_refused_and_only_integrators_and_admins_read_it()
    {
        var problem = await (await Integrator.GetAsync("/api/feed?types=dk.politikerforum.lesson.rumoured")).ShouldBeProblemAsync(400);
        Assert.Contains("dk.politikerforum.lesson.rumoured", problem.Detail());
        var (_, member) = await MemberAsync();
        await (await member.GetAsync("/api/feed")).ShouldBeProblemAsync(403);
        await (await Secretariat.GetAsync("/api/feed")).ShouldBeProblemAsync(403);
        await (await Admin.GetAsync("/api/feed")).ShouldHaveStatusAsync(200);
        await (await Anonymous.GetAsync("/api/feed/schemas/dk.politikerforum.lesson.rumoured")).ShouldBeProblemAsync(404);
        await (await Anonymous.GetAsync("/api/feed/schemas/dk.politikerforum.lesson.recorded?version=2")).ShouldBeProblemAsync(404);
    }

    private async Task APublicThemeWithEverythingAsync()
    {
        var (_, author) = await MemberAsync();
        var (otherId, other) = await MemberAsync("Anne Lund", "region", "Region Midtjylland");
        var theme = await author.OpenThemeAsync("public");
        await Secretariat.AddParticipantAsync(theme, otherId);
        await other.PublishAsync(theme, "Vi deler gerne data.", await author.PublishAsync(theme, "Hvem har data?"));
        var lesson = await author.RecordLessonAsync(theme, "Åbne data", "Det virkede.", confidentiality: "public");
        await other.EndorseAsync(lesson);
        var experiment = await author.ProposeExperimentAsync(theme, Clock.GetUtcNow());
        await author.StartExperimentAsync(experiment);
        var decision = await author.CreateAsync($"/api/themes/{theme}/decisions", Authorization.Bodies.Decision(Clock.GetUtcNow()));
        await (await author.PostAsync($"/api/decisions/{decision}/positions", new { position = "support" })).ShouldHaveStatusAsync(200);
        await author.CreateAsync($"/api/themes/{theme}/commitments", Authorization.Bodies.Commitment(Clock.GetUtcNow()));
        await (await Secretariat.PostAsync($"/api/themes/{theme}/pace", new { pace = "urgent", reason = "Stormflod", until = Clock.GetUtcNow().AddHours(48) }))
            .ShouldHaveStatusAsync(200);
    }

    [GeneratedRegex("^(themes|posts|lessons|experiments|decisions|commitments)/[0-9a-f-]{36}$")]
    private static partial Regex Subject();
}
