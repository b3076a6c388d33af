using System.Text.Json;
using Marten;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Inbound;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>Every Danish command, said to the bot in a theme's channel, does what the same request does over the API.</summary>
public sealed class when_a_member_gives_the_bot_a_command(ForumFixture fixture) : BotTest(fixture)
{
    private async Task<(Guid Theme, TeamsChannel Channel, TeamsUser Member, Caller Caller)> ThemeInTeamsAsync(string visibility = "forum")
    {
        var (_, caller, member) = await MemberInTeamsAsync();
        var theme = await caller.OpenThemeAsync(visibility, "Klimatilpasning");
        return (theme, await LinkedChannelAsync(theme), member, caller);
    }

    [Theory]
    [InlineData("hjælp")]
    [InlineData("  HJÆLP  ")]
    [InlineData("Hjælp mig")]
    [InlineData("hvad kan du?")]
    public async Task help_and_anything_unknown_get_the_commands_in_brief(string text)
    {
        var (_, channel, member, _) = await ThemeInTeamsAsync();

        var said = await SayAsync(member, channel, text);

        Assert.Contains("Politikerforum i Teams", said.ReplyText);
        Assert.Contains("besked ved hurtig handling", said.ReplyText);
        Assert.Equal(said.ActivityId, (string?)said.Reply["replyToId"]);
    }

    [Fact]
    public async Task themes_lists_what_the_member_may_see_with_its_pace()
    {
        var (_, channel, member, _) = await ThemeInTeamsAsync();
        var (_, other) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        await other.OpenThemeAsync("closed", "Lukket arbejdsgruppe");
        var urgent = await Secretariat.OpenThemeAsync("forum", "Stormflod");
        await (await Secretariat.PostAsync($"/api/themes/{urgent}/pace", new { pace = "urgent", reason = "Stormen kommer", until = Clock.GetUtcNow().AddDays(2) }))
            .ShouldHaveStatusAsync(200);

        var said = await SayAsync(member, channel, "temaer");

        Assert.Contains("Klimatilpasning", said.ReplyText);
        Assert.Contains("Normalt tempo", said.ReplyText);
        Assert.Contains("Stormflod", said.ReplyText);
        Assert.Contains("Hurtig handling indtil", said.ReplyText);
        Assert.DoesNotContain("Lukket arbejdsgruppe", said.ReplyText);
    }

    [Fact]
    public async Task timeline_shows_the_latest_ten_entries_of_the_channels_theme()
    {
        var (theme, channel, member, caller) = await ThemeInTeamsAsync();
        for (var i = 1; i <= 12; i++) await caller.PublishAsync(theme, $"Indlæg nummer {i:D2}");

        var said = await SayAsync(member, channel, "tidslinje");

        var card = said.ReplyText;
        Assert.Contains("Tidslinje: Klimatilpasning", card);
        Assert.Contains("Indlæg nummer 12", card);
        Assert.Contains("Indlæg nummer 03", card);
        Assert.DoesNotContain("Indlæg nummer 02", card);
        Assert.True(card.IndexOf("Indlæg nummer 03", StringComparison.Ordinal) < card.IndexOf("Indlæg nummer 12", StringComparison.Ordinal), "Oldest first.");
    }

    [Fact]
    public async Task a_post_is_written_in_the_channels_theme()
    {
        var (theme, channel, member, caller) = await ThemeInTeamsAsync();

        var said = await SayAsync(member, channel, "indlæg   Hvem har  erfaring med flextrafik?");

        Assert.Equal("Dit indlæg er skrevet i temaet »Klimatilpasning«.", said.ReplyText);
        var post = Assert.Single(await caller.ItemsAsync($"/api/themes/{theme}/posts"));
        Assert.Equal("Hvem har  erfaring med flextrafik?", post.Str("text"));
    }

    [Fact]
    public async Task a_post_refused_by_the_rules_is_answered_with_the_rules_danish_text()
    {
        var (_, channel, _, _) = await ThemeInTeamsAsync();
        var (_, _, outsider) = await MemberInTeamsAsync("Anne Berg", "region", "Region Midtjylland");
        var before = await EventCountAsync();

        Assert.StartsWith("Du skal deltage i temaet for at skrive indlæg i det. Meld dig til", (await SayAsync(outsider, channel, "indlæg Hej")).ReplyText);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_empty_post_is_refused_with_what_is_missing()
    {
        var (_, channel, member, _) = await ThemeInTeamsAsync();

        var said = await SayAsync(member, channel, "indlæg");

        Assert.Contains("Indlægget skal have en tekst.", said.ReplyText);
    }

    [Theory]
    [InlineData("erfaring", "Del en erfaring", "confidentiality")]
    [InlineData("eksperiment", "Foreslå et eksperiment", "hypothesis")]
    [InlineData("forslag", "Stil et forslag", "deadlineDate")]
    [InlineData("tilsagn", "Giv et tilsagn", "dueOn")]
    public async Task a_form_is_answered_with_its_card(string command, string heading, string input)
    {
        var (theme, channel, member, _) = await ThemeInTeamsAsync();

        var card = (await SayAsync(member, channel, command)).Reply["attachments"]![0]!["content"]!;

        Assert.Equal(heading, (string?)card["body"]![0]!["text"]);
        Assert.Contains(card["body"]!.AsArray(), element => (string?)element!["id"] == input);
        Assert.Equal(theme.ToString(), (string?)card["actions"]![0]!["data"]!["theme"]);
        Assert.Equal("Action.Execute", (string?)card["actions"]![0]!["type"]);
    }

    [Fact]
    public async Task search_finds_lessons_the_member_may_read()
    {
        var (theme, channel, member, caller) = await ThemeInTeamsAsync();
        await caller.RecordLessonAsync(theme, "Fælles vagtplan i ældreplejen", "Vagtplanen blev delt mellem kommunerne.");

        var said = await SayAsync(member, channel, "søg vagtplaner");

        Assert.Contains("Fælles vagtplan i ældreplejen", said.ReplyText);
        Assert.Contains("**", said.ReplyText);
        Assert.Contains("Skriv, hvad du vil søge efter", (await SayAsync(member, channel, "søg")).ReplyText);
    }

    [Fact]
    public async Task a_participants_call_for_urgency_waits_for_another_level_and_the_secretariat_switches_at_once()
    {
        var (theme, channel, member, caller) = await ThemeInTeamsAsync();
        var secretariat = await SecretariatInTeamsAsync();

        var asked = await SayAsync(member, channel, "hurtig handling Stormfloden rammer i weekenden");
        Assert.StartsWith("Din anmodning om hurtig handling er registreret.", asked.ReplyText);
        Assert.Equal("normal", (await caller.ThemeAsync(theme)).Str("pace"));

        var switched = await SayAsync(secretariat, channel, "Hurtig   Handling Stormfloden rammer i weekenden");
        Assert.StartsWith("Temaet er nu i hurtig handling indtil", switched.ReplyText);
        Assert.Equal("urgent", (await caller.ThemeAsync(theme)).Str("pace"));

        Assert.Equal("Temaet er nu tilbage i normalt tempo.", (await SayAsync(secretariat, channel, "normalt tempo")).ReplyText);
        Assert.Equal("Temaet er allerede i normalt tempo.", (await SayAsync(secretariat, channel, "normalt tempo")).ReplyText);
    }

    [Fact]
    public async Task urgency_without_a_reason_is_refused_by_the_rule()
    {
        var (_, channel, _, _) = await ThemeInTeamsAsync();
        var secretariat = await SecretariatInTeamsAsync();

        Assert.Contains("Begrundelsen skal udfyldes", (await SayAsync(secretariat, channel, "hurtig handling")).ReplyText);
    }

    [Fact]
    public async Task a_member_chooses_notices_in_urgent_pace_and_can_stop_them()
    {
        var (_, channel, member, _) = await ThemeInTeamsAsync();
        var memberId = (await MemberOfAsync(member)).Id;

        Assert.StartsWith("Du får nu besked", (await SayAsync(member, channel, "besked ved hurtig handling")).ReplyText);
        Assert.True((await MemberOfAsync(member)).UrgentNotices);
        Assert.Equal("Du får allerede besked ved hurtig handling.", (await SayAsync(member, channel, "besked  ved hurtig handling")).ReplyText);
        Assert.StartsWith("Du får ikke længere", (await SayAsync(member, channel, "ingen besked ved hurtig handling")).ReplyText);
        Assert.False((await MemberOfAsync(member)).UrgentNotices);
        Assert.NotEqual(Guid.Empty, memberId);
    }

    [Fact]
    public async Task commands_about_a_theme_say_so_where_no_theme_is_linked()
    {
        var (_, _, member, _) = await ThemeInTeamsAsync();
        var unlinked = await TeamWithBotAsync();

        foreach (var command in new[] { "tidslinje", "indlæg Hej", "erfaring", "hurtig handling Nu", "normalt tempo" })
            Assert.Equal(Answers.NotLinked, (await SayAsync(member, unlinked, command)).ReplyText);
        Assert.Equal(Answers.NotLinked, (await SayPrivatelyAsync(member, "tidslinje")).ReplyText);
    }

    [Fact]
    public async Task a_reply_never_carries_an_exception_message()
    {
        var (_, channel, member, _) = await ThemeInTeamsAsync();

        var said = await SayAsync(member, channel, "indlæg " + new string('x', 20_001));

        Assert.Equal("Forespørgslen kunne ikke behandles. Et indlæg må højst være 20.000 tegn.", said.ReplyText);
    }

    private async Task<Member> MemberOfAsync(TeamsUser user)
    {
        await using var session = Store.QuerySession();
        return await session.Query<Member>().SingleAsync(m => m.EntraObjectId == user.ObjectId);
    }
}
