using System.Text.Json;
using Marten;
using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Notices;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>
/// End to end in Teams: a member records a lesson under the Chatham House rule and takes a position, both through
/// cards, in an urgent theme whose members get notices one to one. The timeline and the tally show both; no message
/// the bot sends to anyone reveals who wrote the lesson — not its text, not its timing (it waits for the daily
/// digest although the theme is urgent), not who is told (no one is told one to one).
/// </summary>
public sealed class when_a_member_shares_under_chatham_house_in_teams(ForumFixture fixture) : BotTest(fixture)
{
    private const string AuthorName = "Xenia Fortrolighedsen";
    private const string AuthorBody = "Region Nordjylland";
    private const string LessonTitle = "Udskrivningen gik skævt";

    [Fact]
    public async Task the_forum_shows_the_lesson_and_the_position_and_no_message_reveals_the_author()
    {
        var (authorId, _, author) = await MemberInTeamsAsync(AuthorName, "region", AuthorBody);
        var (colleagueId, colleague, colleagueInTeams) = await MemberInTeamsAsync("Bent Kollega", "kommune", "Aalborg Kommune");
        var theme = await colleague.OpenThemeAsync("forum", "Udskrivning af ældre patienter");
        await Secretariat.AddParticipantAsync(theme, authorId);
        var channel = await LinkedChannelAsync(theme);
        var firstCall = Connector.Calls.Count;
        await SayAsync(author, channel, "besked ved hurtig handling");
        await SayAsync(colleagueInTeams, channel, "besked ved hurtig handling");
        await AndDeliveredAsync(async () => await (await Secretariat.PostAsync($"/api/themes/{theme}/pace",
            new { pace = "urgent", reason = "Travl vinter på sygehusene", until = Clock.GetUtcNow().AddDays(5) })).ShouldHaveStatusAsync(200));
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var proposed = await PressAsync(colleagueInTeams, channel, new JsonObject
        {
            ["verb"] = CardVerbs.ProposeDecision, ["theme"] = theme.ToString(), ["title"] = "Fælles udskrivningsaftale",
            ["proposal"] = "Vi aftaler udskrivning på tværs af region og kommuner.", ["deadlineDate"] = today.AddDays(2).ToString("yyyy-MM-dd"),
            ["deadlineTime"] = "12:00", ["requiredLevels"] = "kommune,region"
        });
        Assert.Equal("Forslaget er stillet", (string?)proposed.InvokeCard["body"]![0]!["text"]);
        var decision = Assert.Single(await colleague.ItemsAsync($"/api/decisions?theme={theme}")).Id();

        // The author shares, through the lesson form, under the Chatham House rule.
        var shared = await PressAsync(author, channel, new JsonObject
        {
            ["verb"] = CardVerbs.RecordLesson, ["theme"] = theme.ToString(), ["title"] = LessonTitle,
            ["text"] = "Vi sendte borgerne hjem, før kommunernes hjemmepleje var klar.", ["kind"] = "went-wrong",
            ["tags"] = "udskrivning", ["confidentiality"] = "chatham-house", ["personal"] = "false"
        });
        Assert.Contains("Chatham House-reglen", shared.InvokeCard.ToJsonString(Said.Readable));
        Assert.Empty(shared.Calls);
        var lesson = Assert.Single(await colleague.ItemsAsync($"/api/lessons?theme={theme}")).Id();

        // ... and takes a position on the proposal, on its card.
        var position = await PressAsync(author, channel, new JsonObject
        {
            ["verb"] = CardVerbs.TakePosition, ["decision"] = decision.ToString(), ["position"] = "support"
        });
        Assert.Contains("Din holdning: Støtter", position.InvokeCard.ToJsonString(Said.Readable));

        // The timeline shows both, the lesson without its author.
        var timeline = await colleague.ItemsAsync($"/api/themes/{theme}/timeline");
        var recorded = Assert.Single(timeline, e => e.Str("type") == "lesson.recorded");
        Assert.Equal("Chatham House – afsender anonym", recorded.GetProperty("actor").Str("name"));
        Assert.Contains(timeline, e => e.Str("type") == "decision.position-taken");
        var tally = (await colleague.ReadAsync<JsonElement>($"/api/decisions/{decision}")).GetProperty("tallyPerLevel");
        Assert.Equal(1, tally.GetProperty("region").GetProperty("support").GetInt32());

        // The lesson is told in the next daily digest, not at once, although the theme is urgent.
        var beforeDigest = Connector.Calls.Count;
        Assert.DoesNotContain(Connector.Calls.Skip(firstCall), call => Mentions(call, lesson));
        var digest = await ScheduledDigestAsync(theme);
        Clock.Advance(TimeSpan.FromDays(1));
        var sent = await DeliveredAsync(digest);
        Assert.Contains(sent, call => Mentions(call, lesson) && Said.TextOf(call.Body).Contains("afsenderen nævnes ikke"));

        // No message to anyone, ever, that tells of the lesson also names its author; and none went one to one.
        var secrets = new[] { AuthorName, author.ObjectId, author.TeamsId, authorId.ToString(), AuthorBody, $"{author.ObjectId}@example.dk" };
        var calls = Connector.Calls.ToList();
        var telling = calls.Skip(firstCall).Where(call => Mentions(call, lesson)).ToList();
        Assert.NotEmpty(telling);
        foreach (var call in telling)
        {
            Assert.True(calls.IndexOf(call) >= beforeDigest, "The lesson was told before the digest.");
            Assert.DoesNotContain("a%3A", call.Target);
            foreach (var secret in secrets) Assert.DoesNotContain(secret, Sent(call), StringComparison.OrdinalIgnoreCase);
        }
        _ = colleagueId;
    }

    private static bool Mentions(FakeConnector.Call call, Guid lesson) => Sent(call).Contains(LessonTitle) || Sent(call).Contains(lesson.ToString());

    private static string Sent(FakeConnector.Call call) => call.Target + " " + (call.Body?.ToJsonString(Said.Readable) ?? "");

    private async Task<SendDigest> ScheduledDigestAsync(Guid theme)
    {
        await using var session = Store.QuerySession();
        var digests = await session.Query<ChannelDigest>().Where(d => d.ThemeId == theme).ToListAsync();
        return new SendDigest(theme, Assert.Single(digests).Id);
    }
}
