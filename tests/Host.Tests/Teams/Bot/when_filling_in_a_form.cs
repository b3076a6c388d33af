using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>
/// A form sent with Action.Execute is answered in the invoke response, for the person who pressed only; sent with
/// Action.Submit (a message with the form's values) it is answered in a 1:1 chat. Either way it becomes the same
/// command as the same request over the API.
/// </summary>
public sealed class when_filling_in_a_form(ForumFixture fixture) : BotTest(fixture)
{
    private async Task<(Guid Theme, TeamsChannel Channel, TeamsUser Member, Caller Caller)> ThemeInTeamsAsync()
    {
        var (_, caller, member) = await MemberInTeamsAsync();
        var theme = await caller.OpenThemeAsync("forum", "Klimatilpasning");
        return (theme, await LinkedChannelAsync(theme), member, caller);
    }

    private static JsonObject Form(string verb, Guid theme, params (string Name, string Value)[] inputs)
    {
        var data = new JsonObject { ["verb"] = verb, ["theme"] = theme.ToString() };
        foreach (var (name, value) in inputs) data[name] = value;
        return data;
    }

    [Fact]
    public async Task a_lesson_is_recorded_and_answered_with_a_receipt()
    {
        var (theme, channel, member, caller) = await ThemeInTeamsAsync();

        var said = await PressAsync(member, channel, Form(CardVerbs.RecordLesson, theme, ("title", "Fælles vagtplan"),
            ("text", "Det virkede at dele vagtplanen."), ("kind", "worked"), ("tags", "vagtplan, Ældrepleje"), ("confidentiality", "forum"), ("personal", "false")));

        Assert.Equal(200, said.Status);
        Assert.Equal("Tak for din erfaring", (string?)said.InvokeCard["body"]![0]!["text"]);
        var lesson = Assert.Single(await caller.ItemsAsync($"/api/lessons?theme={theme}"));
        Assert.Equal(("Fælles vagtplan", "worked"), (lesson.Str("title"), lesson.Str("kind")));
        Assert.Equal(["vagtplan", "ældrepleje"], lesson.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(said.Messages);
    }

    [Fact]
    public async Task an_experiment_a_decision_and_a_commitment_are_made_as_over_the_api()
    {
        var (theme, channel, member, caller) = await ThemeInTeamsAsync();
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

        var experiment = await PressAsync(member, channel, Form(CardVerbs.ProposeExperiment, theme, ("title", "Firedages arbejdsuge"),
            ("hypothesis", "Flere søger job."), ("bodies", "Odense Kommune, Region Syddanmark"), ("levels", "kommune,region"),
            ("plannedEnd", today.AddMonths(3).ToString("yyyy-MM-dd"))));
        var decision = await PressAsync(member, channel, Form(CardVerbs.ProposeDecision, theme, ("title", "Fælles vagtplan"),
            ("proposal", "Vi deler vagtplanen."), ("deadlineDate", today.AddDays(5).ToString("yyyy-MM-dd")), ("deadlineTime", "14:30"), ("requiredLevels", "kommune")));
        var commitment = await PressAsync(member, channel, Form(CardVerbs.MakeCommitment, theme, ("what", "Data om ventelister"),
            ("toLevel", "region"), ("dueOn", today.AddDays(30).ToString("yyyy-MM-dd"))));

        Assert.Equal("Eksperimentet er foreslået", (string?)experiment.InvokeCard["body"]![0]!["text"]);
        Assert.Equal("Forslaget er stillet", (string?)decision.InvokeCard["body"]![0]!["text"]);
        Assert.Equal("Tilsagnet er givet", (string?)commitment.InvokeCard["body"]![0]!["text"]);
        var proposed = Assert.Single(await caller.ItemsAsync($"/api/experiments?theme={theme}"));
        Assert.Equal(["Odense Kommune", "Region Syddanmark"], proposed.GetProperty("bodies").EnumerateArray().Select(b => b.GetString()));
        var deadline = Assert.Single(await caller.ItemsAsync($"/api/decisions?theme={theme}")).GetProperty("deadline").GetDateTimeOffset();
        // 14:30 on the Danish clock, winter or summer.
        Assert.Equal(new TimeSpan(14, 30, 0), TimeZoneInfo.ConvertTime(deadline, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).TimeOfDay);
        var made = Assert.Single(await caller.ItemsAsync($"/api/commitments?theme={theme}"));
        Assert.Equal(("region", "Aarhus Kommune"), (made.Str("toLevel"), made.Str("fromBody")));
    }

    [Fact]
    public async Task a_form_left_incomplete_is_answered_with_what_is_missing_and_writes_nothing()
    {
        var (theme, channel, member, _) = await ThemeInTeamsAsync();
        var before = await EventCountAsync();

        var said = await PressAsync(member, channel, Form(CardVerbs.ProposeDecision, theme, ("title", "Fælles vagtplan"), ("deadlineTime", "14:30")));

        Assert.Contains("Forslaget skal have en tekst.", said.InvokeMessage);
        Assert.Contains("Fristen skal angives.", said.InvokeMessage);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_refusal_by_the_rules_is_answered_in_danish()
    {
        var (theme, channel, _, _) = await ThemeInTeamsAsync();
        var (_, _, outsider) = await MemberInTeamsAsync("Anne Berg", "region", "Region Midtjylland");

        var said = await PressAsync(outsider, channel, Form(CardVerbs.RecordLesson, theme, ("title", "T"), ("text", "T"), ("kind", "worked"), ("confidentiality", "forum")));

        Assert.StartsWith("Du skal deltage i temaet for at dele erfaringer i det. Meld dig til", said.InvokeMessage);
        Assert.EndsWith("eller bed sekretariatet om at tilføje dig.", said.InvokeMessage);
    }

    [Fact]
    public async Task a_submitted_form_is_answered_in_a_private_chat()
    {
        var (theme, channel, member, caller) = await ThemeInTeamsAsync();

        var said = await SubmitAsync(member, channel, Form(CardVerbs.RecordLesson, theme, ("title", "Fælles vagtplan"),
            ("text", "Det virkede."), ("kind", "worked"), ("confidentiality", "chatham-house")));

        Assert.Single(await caller.ItemsAsync($"/api/lessons?theme={theme}"));
        var start = Assert.Single(said.Calls, call => call.Target.EndsWith("/v3/conversations"));
        Assert.Equal(member.TeamsId, (string?)start.Body!["members"]![0]!["id"]);
        Assert.DoesNotContain(said.Calls, call => call.Target.Contains(Uri.EscapeDataString(channel.ChannelId)));
        Assert.Contains("Chatham House-reglen", Said.TextOf(said.Reply));
    }

    [Fact]
    public async Task the_lesson_form_opens_from_a_concluded_experiments_card_for_the_presser()
    {
        var (theme, channel, member, _) = await ThemeInTeamsAsync();
        var experiment = Guid.NewGuid();

        var said = await PressAsync(member, channel, Form(CardVerbs.OpenLessonForm, theme, ("experiment", experiment.ToString())));

        Assert.Equal("Del en erfaring", (string?)said.InvokeCard["body"]![0]!["text"]);
        Assert.Equal(experiment.ToString(), (string?)said.InvokeCard["actions"]![0]!["data"]!["experiment"]);
    }
}
