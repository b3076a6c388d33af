using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Politikerforum.Host.Demo;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Demo;

/// <summary>What <c>ops/run</c> shows a newcomer on an empty database: the whole forum at work.</summary>
public sealed class when_seeding_the_demo_forum(ForumFixture fixture) : ForumTest(fixture)
{
    private DemoForum Demo(bool seed, TimeProvider? clock = null) => new(Store, Host.Services.GetRequiredService<IServiceScopeFactory>(),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Forum:SeedDemoData"] = seed.ToString() }).Build(),
        clock ?? Clock, NullLogger<DemoForum>.Instance);

    private static IEnumerable<string> Values(IEnumerable<JsonElement> items, string property) =>
        items.Select(i => i.GetProperty(property).ToString()).Distinct();

    [Fact]
    public async Task every_part_of_the_forum_is_there_and_in_its_themes_timeline()
    {
        await Demo(seed: true).StartAsync(CancellationToken.None);
        var s = Secretariat;

        var members = await s.AllPagesAsync("/api/members", 100);
        Assert.Equal(["europaparlamentet", "folketing", "kommune", "region"], Values(members, "level").Order());
        var themes = await s.AllPagesAsync("/api/themes", 100);
        Assert.Contains("urgent", Values(themes, "pace"));
        var experiments = await s.AllPagesAsync("/api/experiments", 100);
        Assert.Equal(["abandoned", "concluded", "proposed", "running"], Values(experiments, "status").Order());
        var lessons = await s.AllPagesAsync("/api/lessons", 100);
        Assert.Equal(["mixed", "went-wrong", "worked"], Values(lessons, "kind").Order());
        Assert.Contains(lessons, l => l.GetProperty("confidentiality").GetString() == "chatham-house" && l.GetProperty("author").GetProperty("id").ValueKind == JsonValueKind.Null
            && l.GetProperty("author").Str("name") == "Chatham House – afsender anonym");
        var decisions = await s.AllPagesAsync("/api/decisions", 100);
        var tallies = await Task.WhenAll(decisions.Select(d => s.ReadAsync<JsonElement>($"/api/decisions/{d.GetProperty("id")}")));
        Assert.Contains(tallies, d => d.GetProperty("tallyPerLevel").EnumerateObject().All(level =>
            level.Value.EnumerateObject().Sum(count => count.Value.GetInt32()) > 0));
        var commitments = await s.AllPagesAsync("/api/commitments", 100);
        Assert.Contains(commitments, c => c.GetProperty("toLevel").ValueKind == JsonValueKind.String
                                          && c.GetProperty("toLevel").GetString() != c.GetProperty("fromLevel").GetString());

        var inTimelines = new HashSet<string>();
        foreach (var theme in themes)
            foreach (var entry in await s.AllPagesAsync($"/api/themes/{theme.GetProperty("id")}/timeline", 200))
                if (entry.GetProperty("itemId").ValueKind == JsonValueKind.String) inTimelines.Add(entry.GetProperty("itemId").GetString()!);
        foreach (var item in experiments.Concat(lessons).Concat(decisions).Concat(commitments))
            Assert.Contains(item.GetProperty("id").GetString()!, inTimelines);
    }

    /// <summary>
    /// The demo runs on the real clock here, as under <c>ops/run</c>: the timeline records events at the real time, and the
    /// test host's clock may have been moved on by other tests.
    /// </summary>
    [Fact]
    public async Task the_weekly_review_has_something_in_every_part()
    {
        await Demo(seed: true, TimeProvider.System).StartAsync(CancellationToken.None);
        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-7).ToString("O"));

        var review = await Secretariat.ReadAsync<JsonElement>($"/api/review?since={since}");

        JsonElement[] Part(string name) => [.. review.GetProperty(name).EnumerateArray()];
        Assert.Contains(Part("commitments"), c => c.GetProperty("standing").GetString() == "overdue");
        Assert.Contains(Part("decisionsNearDeadline"), d => d.GetProperty("missingLevels").GetArrayLength() > 0);
        Assert.Equal("Digital borgerservice på tværs af myndigheder", Assert.Single(Part("quietThemes")).GetProperty("title").GetString());
        foreach (var part in new[] { "newExperiments", "concludedExperiments", "newLessons", "paceSwitches" })
            Assert.NotEmpty(Part(part));
    }

    [Fact]
    public async Task it_seeds_only_an_empty_forum_and_only_when_asked()
    {
        await Demo(seed: false).StartAsync(CancellationToken.None);
        Assert.Equal(0, await EventCountAsync());

        await Demo(seed: true).StartAsync(CancellationToken.None);
        var seeded = await EventCountAsync();
        await Demo(seed: true).StartAsync(CancellationToken.None);
        Assert.Equal(seeded, await EventCountAsync());
    }
}
