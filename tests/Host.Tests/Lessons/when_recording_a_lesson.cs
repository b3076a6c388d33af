using Politikerforum.Host.Tests.Experiments;
using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

public sealed class when_recording_a_lesson(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_participant_shares_what_went_wrong_and_reads_it_back()
    {
        var (authorId, author) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var theme = await author.OpenThemeAsync();
        var experiment = await author.ProposeExperimentAsync(theme, Clock.GetUtcNow(), "Tidlig udskrivning", ["kommune"]);

        var id = await author.CreateAsync($"/api/themes/{theme}/lessons", new
        {
            title = "  Udskrivning for tidligt ", text = " Borgerne kom hjem før hjemmeplejen var klar. ", kind = "went-wrong",
            tags = new[] { " Udskrivning", "udskrivning", "ÆLDREPLEJE" }, confidentiality = "public", sourceExperimentId = experiment
        });

        var lesson = await author.LessonAsync(id);
        Assert.Equal(("Udskrivning for tidligt", "Borgerne kom hjem før hjemmeplejen var klar.", "went-wrong", "public"),
            (lesson.Str("title"), lesson.Str("text"), lesson.Str("kind"), lesson.Str("confidentiality")));
        Assert.Equal(["udskrivning", "ældrepleje"], lesson.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal((theme, experiment, 1), (lesson.Id("themeId"), lesson.Id("sourceExperimentId"), lesson.GetProperty("version").GetInt32()));
        Assert.Equal((authorId, "kommune"), (lesson.GetProperty("author").Id(), lesson.GetProperty("author").Str("level")));
        Assert.Equal(JsonValueKind.Null, lesson.GetProperty("sourceDecisionId").ValueKind);
    }

    [Fact]
    public async Task it_may_build_on_a_decision_in_the_same_theme()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync();
        var decision = await member.CreateAsync($"/api/themes/{theme}/decisions",
            new { title = "Fælles vagtplan", proposal = "Vi deler vagtplanen", deadline = Clock.GetUtcNow().AddDays(3) });

        var id = await member.RecordLessonAsync(theme, "Efter beslutningen", "Det virkede.", sourceDecisionId: decision);

        Assert.Equal(decision, (await member.LessonAsync(id)).Id("sourceDecisionId"));
    }

    [Fact]
    public async Task a_decision_from_another_theme_or_none_at_all_is_invalid_and_nothing_is_written()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync(title: "Første");
        var other = await member.OpenThemeAsync(title: "Andet");
        var elsewhere = await member.CreateAsync($"/api/themes/{other}/decisions",
            new { title = "Andet sted", proposal = "P", deadline = Clock.GetUtcNow().AddDays(3) });
        var before = await EventCountAsync();

        foreach (var source in new[] { elsewhere, Guid.NewGuid() })
        {
            var problem = await (await member.PostAsync($"/api/themes/{theme}/lessons", LessonSteps.ALesson(b => b["sourceDecisionId"] = source)))
                .ShouldBeProblemAsync(400);
            Assert.Contains("findes ikke i dette tema", problem.Detail());
        }
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task the_secretariat_shares_without_taking_part()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync("closed");

        var id = await Secretariat.CreateAsync($"/api/themes/{theme}/lessons", LessonSteps.ALesson());

        Assert.Equal("Fælles vagtplan", (await member.LessonAsync(id)).Str("title"));
    }

    [Fact]
    public async Task only_participants_share_and_nothing_is_written_when_refused()
    {
        var (_, opener) = await MemberAsync();
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var forum = await opener.OpenThemeAsync("forum");
        var closed = await opener.OpenThemeAsync("closed", "Lukket");
        var before = await EventCountAsync();

        Assert.Contains("deltage i temaet", (await (await outsider.PostAsync($"/api/themes/{forum}/lessons", LessonSteps.ALesson())).ShouldBeProblemAsync(403)).Detail());
        await (await Integrator.PostAsync($"/api/themes/{forum}/lessons", LessonSteps.ALesson())).ShouldBeProblemAsync(404);
        await (await outsider.PostAsync($"/api/themes/{closed}/lessons", LessonSteps.ALesson())).ShouldBeProblemAsync(404);
        await (await outsider.PostAsync($"/api/themes/{Guid.NewGuid()}/lessons", LessonSteps.ALesson())).ShouldBeProblemAsync(404);
        await (await Anonymous.PostAsync($"/api/themes/{forum}/lessons", LessonSteps.ALesson())).ShouldBeProblemAsync(401);

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task nobody_shares_in_an_archived_theme()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync();
        await (await member.PostAsync($"/api/themes/{theme}/archive")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        Assert.Contains("arkiveret", (await (await member.PostAsync($"/api/themes/{theme}/lessons", LessonSteps.ALesson())).ShouldBeProblemAsync(409)).Detail());
        await (await Secretariat.PostAsync($"/api/themes/{theme}/lessons", LessonSteps.ALesson())).ShouldBeProblemAsync(409);
        Assert.Equal(before, await EventCountAsync());
    }

    public static TheoryData<string, string?> BadFields => new()
    {
        { "title", null }, { "title", "" }, { "title", new string('t', 201) },
        { "text", null }, { "text", "" }, { "text", new string('t', 20_001) },
        { "kind", null }, { "kind", "succeeded" },
        { "confidentiality", null }, { "confidentiality", "closed" }
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task each_field_is_checked_and_nothing_is_written(string field, string? value)
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync();
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync($"/api/themes/{theme}/lessons", LessonSteps.ALesson(b => b[field] = value))).ShouldBeProblemAsync(400);

        Assert.NotEmpty(problem.FieldError(field));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_chatham_house_lesson_cannot_be_marked_personal_and_nothing_is_written()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync();
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync($"/api/themes/{theme}/lessons", LessonSteps.ALesson(b =>
        {
            b["confidentiality"] = "chatham-house";
            b["personal"] = true;
        }))).ShouldBeProblemAsync(400);

        Assert.Contains("Chatham House-reglen", problem.FieldError("personal"));
        Assert.Equal(before, await EventCountAsync());
        await member.CreateAsync($"/api/themes/{theme}/lessons", LessonSteps.ALesson(b => b["personal"] = true));
    }

    [Fact]
    public async Task at_most_twenty_tags()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync();
        var tags = Enumerable.Range(1, 21).Select(i => $"emne{i}").ToArray();

        var problem = await (await member.PostAsync($"/api/themes/{theme}/lessons", LessonSteps.ALesson(b => b["tags"] = tags))).ShouldBeProblemAsync(400);

        Assert.Contains("20", problem.FieldError("tags"));
    }
}
