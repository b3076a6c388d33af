using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Authorization;
using Politikerforum.Host.Tests.Experiments;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Moderation;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>
/// Whatever a caller may not see answers exactly as what does not exist, whatever kind of item it is and whatever they
/// try on it: one 404 body, so no answer confirms that something exists or says what it is.
/// </summary>
public sealed class when_something_is_invisible(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task unknown_ids_closed_themes_hidden_items_and_narrow_lessons_all_get_the_same_404()
    {
        var now = Clock.GetUtcNow();
        var (authorId, author) = await MemberAsync();
        var (outsiderId, outsider) = await MemberAsync("Ole Udenfor", "region", "Region Midtjylland");
        var closed = await author.OpenThemeAsync("closed", "Fortroligt");
        var inClosed = new Dictionary<string, Guid>
        {
            ["themes"] = closed,
            ["posts"] = await author.PublishAsync(closed, "Fortroligt indlæg"),
            ["experiments"] = await author.ProposeExperimentAsync(closed, now),
            ["lessons"] = await author.RecordLessonAsync(closed, "Fortrolig erfaring", "Det virkede."),
            ["decisions"] = await author.CreateAsync($"/api/themes/{closed}/decisions", Bodies.Decision(now)),
            ["commitments"] = await author.CreateAsync($"/api/themes/{closed}/commitments", Bodies.Commitment(now)),
        };
        var open = await author.OpenThemeAsync("public", "Åbent");
        await outsider.AddParticipantAsync(open, outsiderId);
        var hiddenPost = await author.PublishAsync(open, "Et indlæg, sekretariatet skjuler");
        var hiddenLesson = await author.RecordLessonAsync(open, "Skjult erfaring", "Med en borgers navn.");
        var forumLesson = await author.RecordLessonAsync(open, "Kun for medlemmer", "Det virkede.", confidentiality: "forum");
        await Secretariat.HideAsync($"/api/posts/{hiddenPost}");
        await Secretariat.HideAsync($"/api/lessons/{hiddenLesson}");

        var answers = new List<(string What, HttpResponseMessage Response)>();
        foreach (var (kind, id) in inClosed)
        {
            answers.Add(($"an unknown id under /api/{kind}", await outsider.GetAsync($"/api/{kind}/{Guid.NewGuid()}")));
            answers.Add(($"one of the {kind} in a closed theme", await outsider.GetAsync($"/api/{kind}/{id}")));
        }
        answers.Add(("an unknown member", await outsider.GetAsync($"/api/members/{Guid.NewGuid()}")));
        answers.Add(("an unknown organisation", await outsider.GetAsync($"/api/organisations/{Guid.NewGuid()}")));
        answers.Add(("a staff member, to a member", await outsider.GetAsync($"/api/staff/{Guid.NewGuid()}")));
        answers.Add(("the timeline of a closed theme", await outsider.GetAsync($"/api/themes/{closed}/timeline")));
        answers.Add(("a post in a closed theme, edited", await outsider.PutAsync($"/api/posts/{inClosed["posts"]}", new { text = "Rettet", version = 1 })));
        answers.Add(("a hidden post, read", await outsider.GetAsync($"/api/posts/{hiddenPost}")));
        answers.Add(("a hidden post, edited", await outsider.PutAsync($"/api/posts/{hiddenPost}", new { text = "Rettet", version = 2 })));
        answers.Add(("a hidden post, retracted", await outsider.DeleteAsync($"/api/posts/{hiddenPost}")));
        answers.Add(("a hidden post, restored", await outsider.PostAsync($"/api/posts/{hiddenPost}/restore")));
        answers.Add(("a hidden lesson, read", await outsider.GetAsync($"/api/lessons/{hiddenLesson}")));
        answers.Add(("a hidden lesson, endorsed", await outsider.PostAsync($"/api/lessons/{hiddenLesson}/endorsements")));
        answers.Add(("a lesson narrower than the integrator", await Integrator.GetAsync($"/api/lessons/{forumLesson}")));
        answers.Add(("a lesson narrower than the integrator, hidden", await Integrator.PostAsync($"/api/lessons/{forumLesson}/hide", new { reason = "R" })));
        answers.Add(("an address that does not exist", await outsider.GetAsync("/api/nothing-here")));

        var expected = Comparable(await (await author.GetAsync($"/api/posts/{Guid.NewGuid()}")).ShouldBeUnknownAsync());
        foreach (var (what, response) in answers)
        {
            await response.ShouldHaveStatusAsync(404);
            Assert.True(expected == Comparable(JsonNode.Parse(await response.Content.ReadAsStringAsync())!), $"{what} answered otherwise: {await response.Content.ReadAsStringAsync()}");
        }
        Assert.Equal("Et indlæg, sekretariatet skjuler", (await author.PostAsync(hiddenPost)).Str("text"));
    }

    /// <summary>The problem without its trace id, which differs for every request.</summary>
    private static string Comparable(JsonNode problem)
    {
        problem.AsObject().Remove("traceId");
        return problem.ToJsonString();
    }

    private static string Comparable(System.Text.Json.JsonElement problem) => Comparable(JsonNode.Parse(problem.GetRawText())!);
}
