using System.Text.Json;
using Politikerforum.Host.Tests.Experiments;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Review;

/// <summary><c>GET /api/review</c>: the secretariat's weekly review across every theme in one call.</summary>
public sealed class when_reviewing_the_week(ForumFixture fixture) : ForumTest(fixture)
{
    private static JsonElement[] Items(JsonElement review, string list) => [.. review.GetProperty(list).EnumerateArray()];

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    [Fact]
    public async Task everything_that_happened_and_everything_that_is_due_is_in_one_answer()
    {
        var (metteId, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, anne) = await MemberAsync("Anne Friis", "region", "Region Midtjylland");
        var (secretId, secret) = await MemberAsync("Louise Thorsen", "folketing", "Folketinget");
        var quiet = await mette.OpenThemeAsync(title: "Digital borgerservice");
        var archived = await mette.OpenThemeAsync(title: "Gammelt tema");
        await (await mette.PostAsync($"/api/themes/{archived}/archive")).ShouldHaveStatusAsync(204);
        var theme = await mette.OpenThemeAsync(title: "Fremtidens arbejdskraft");
        await anne.AddParticipantAsync(theme, anneId);
        await secret.AddParticipantAsync(theme, secretId);
        // Promised for tomorrow; two days later it is past its date.
        var late = await mette.CreateAsync($"/api/themes/{theme}/commitments", new { what = "Tal for sygefravær", toLevel = "region", dueOn = Today(Clock.GetUtcNow()).AddDays(1) });
        Clock.Advance(TimeSpan.FromDays(2));
        var now = Clock.GetUtcNow();
        // What the timeline recorded before this moment is last week's news.
        var since = DateTimeOffset.UtcNow;

        var proposed = await mette.ProposeExperimentAsync(theme, now, "Firedages arbejdsuge");
        var concluded = await mette.ProposeExperimentAsync(theme, now, "Fælles vikarpulje");
        await mette.StartExperimentAsync(concluded);
        await mette.ConcludeExperimentAsync(concluded);
        var named = await mette.RecordLessonAsync(theme, "Fuld tid hjalp", "Flere ansøgere.");
        var anonymous = await secret.RecordLessonAsync(theme, "Udskrivning om fredagen", "Det gik skævt.", "went-wrong", "chatham-house");
        var near = await mette.CreateAsync($"/api/themes/{theme}/decisions",
            new { title = "Fælles høringssvar", proposal = "Vi sender et fælles høringssvar.", deadline = now.AddDays(2), requiredLevels = new[] { "kommune", "region" } });
        await (await mette.PostAsync($"/api/decisions/{near}/positions", new { position = "support" })).ShouldHaveStatusAsync(200);
        await mette.CreateAsync($"/api/themes/{theme}/decisions",
            new { title = "Senere", proposal = "Det haster ikke.", deadline = now.AddDays(20), requiredLevels = new[] { "kommune" } });
        var soon = await anne.CreateAsync($"/api/themes/{theme}/commitments", new { what = "Vagtplaner", toLevel = "kommune", dueOn = Today(now).AddDays(3) });
        var later = await anne.CreateAsync($"/api/themes/{theme}/commitments", new { what = "Evaluering", toLevel = (string?)null, dueOn = Today(now).AddDays(40) });
        await (await Secretariat.PostAsync($"/api/themes/{theme}/pace", new { pace = "urgent", reason = "Vinterkrisen", until = now.AddDays(2) })).ShouldHaveStatusAsync(200);

        var response = await Secretariat.GetAsync($"/api/review?since={Uri.EscapeDataString(since.ToString("O"))}");
        await response.ShouldHaveStatusAsync(200);
        var raw = await response.Content.ReadAsStringAsync();
        var review = JsonDocument.Parse(raw).RootElement;

        Assert.Equal([proposed, concluded], Items(review, "newExperiments").Select(x => x.Id()));
        Assert.Equal(concluded, Assert.Single(Items(review, "concludedExperiments")).Id());
        Assert.Equal("Mette Holm", Items(review, "newExperiments")[0].GetProperty("proposedBy").Str("name"));
        Assert.Equal(metteId, Items(review, "newExperiments")[0].GetProperty("proposedBy").Id());

        var lessons = Items(review, "newLessons");
        Assert.Equal([named, anonymous], lessons.Select(l => l.Id()));
        Assert.Equal(metteId, lessons[0].GetProperty("author").Id());
        Assert.Equal(JsonValueKind.Null, lessons[1].GetProperty("author").GetProperty("id").ValueKind);
        Assert.Equal("Chatham House – afsender anonym", lessons[1].GetProperty("author").Str("name"));
        Assert.DoesNotContain("Louise Thorsen", raw);
        Assert.DoesNotContain(secretId.ToString(), raw);

        var decision = Assert.Single(Items(review, "decisionsNearDeadline"));
        Assert.Equal(near, decision.Id());
        Assert.Equal(["region"], decision.GetProperty("missingLevels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(anneId, Assert.Single(decision.GetProperty("missingMembers").EnumerateArray()).Id("memberId"));
        Assert.Equal(1, decision.GetProperty("tally").GetProperty("support").GetInt32());

        var commitments = Items(review, "commitments");
        Assert.Equal([late, soon, later], commitments.Select(c => c.Id()));
        Assert.Equal(["overdue", "due-soon", "open"], commitments.Select(c => c.Str("standing")));
        Assert.Equal("Anne Friis", commitments[1].GetProperty("madeBy").Str("name"));
        Assert.Equal(anneId, commitments[1].GetProperty("madeBy").Id());

        var pace = Assert.Single(Items(review, "paceSwitches"));
        Assert.Equal("theme.pace-switched", pace.Str("type"));
        Assert.Equal("Fremtidens arbejdskraft", pace.Str("themeTitle"));

        Assert.Equal(quiet, Assert.Single(Items(review, "quietThemes")).Id());
        Assert.Equal("Digital borgerservice", Items(review, "quietThemes")[0].Str("title"));
    }

    [Fact]
    public async Task without_since_it_looks_back_one_week()
    {
        var review = await Secretariat.ReadAsync<JsonElement>("/api/review");

        Assert.Equal(TimeSpan.FromDays(7), review.GetProperty("until").GetDateTimeOffset() - review.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromDays(7), review.GetProperty("horizon").GetDateTimeOffset() - review.GetProperty("until").GetDateTimeOffset());
    }

    [Fact]
    public async Task only_those_who_run_the_forum_may_read_it_and_a_bad_since_is_a_problem()
    {
        var (_, member) = await MemberAsync();
        Assert.Contains("sekretariatet", (await (await member.GetAsync("/api/review")).ShouldBeProblemAsync(403)).Detail());
        await (await Integrator.GetAsync("/api/review")).ShouldBeProblemAsync(403);
        await (await Admin.GetAsync("/api/review")).ShouldHaveStatusAsync(200);

        await (await Secretariat.GetAsync("/api/review?since=i-går")).ShouldBeProblemAsync(400);
    }
}
