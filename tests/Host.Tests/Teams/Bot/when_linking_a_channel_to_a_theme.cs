using System.Text.Json;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>
/// The secretariat makes a Teams channel a theme's place, in the channel ("tilknyt") or over the API; the link is an
/// event on the theme, and afterwards what is said to the bot in the channel acts on that theme.
/// </summary>
public sealed class when_linking_a_channel_to_a_theme(ForumFixture fixture) : BotTest(fixture)
{
    [Fact]
    public async Task the_secretariat_links_it_over_the_api_and_the_theme_and_its_timeline_show_it()
    {
        var theme = await Secretariat.OpenThemeAsync("forum", "Klimatilpasning");
        var channel = await LinkedChannelAsync(theme);

        var shown = await Secretariat.ThemeAsync(theme);
        Assert.Equal(channel.TeamId, shown.GetProperty("teamsChannel").Str("teamId"));
        Assert.Equal(channel.ChannelId, shown.GetProperty("teamsChannel").Str("channelId"));
        var entry = (await Secretariat.ItemsAsync($"/api/themes/{theme}/timeline")).Last();
        Assert.Equal(("theme.teams-channel-linked", "Knyttede temaet til en kanal i Teams"), (entry.Str("type"), entry.Str("summary")));
    }

    [Fact]
    public async Task a_channel_holds_one_theme_at_a_time()
    {
        var first = await Secretariat.OpenThemeAsync("forum", "Klimatilpasning");
        var second = await Secretariat.OpenThemeAsync("forum", "Mobilitet");
        var channel = await LinkedChannelAsync(first);

        var again = await Secretariat.PutAsync($"/api/themes/{second}/teams-channel", new { teamId = channel.TeamId, channelId = channel.ChannelId });

        Assert.Equal("Kanalen er allerede knyttet til temaet »Klimatilpasning«.", (await again.ShouldBeProblemAsync(409)).Detail());
    }

    [Fact]
    public async Task unlinking_ends_it_and_the_channel_acts_on_no_theme()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync("forum", "Klimatilpasning");
        var channel = await LinkedChannelAsync(theme);

        await (await Secretariat.DeleteAsync($"/api/themes/{theme}/teams-channel")).ShouldHaveStatusAsync(204);

        Assert.Equal(JsonValueKind.Null, (await Secretariat.ThemeAsync(theme)).GetProperty("teamsChannel").ValueKind);
        await (await Secretariat.DeleteAsync($"/api/themes/{theme}/teams-channel")).ShouldBeProblemAsync(409);
        Assert.Equal("theme.teams-channel-unlinked", (await Secretariat.ItemsAsync($"/api/themes/{theme}/timeline")).Last().Str("type"));
        _ = channel;
    }

    [Theory]
    [InlineData("ikke-et-id", "19:abc@thread.tacv2", "teamId")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "general", "channelId")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "19:abc@thread.tacv2;messageid=1", "channelId")]
    public async Task ids_that_are_not_teams_ids_are_refused(string teamId, string channelId, string field)
    {
        var theme = await Secretariat.OpenThemeAsync();

        var problem = await (await Secretariat.PutAsync($"/api/themes/{theme}/teams-channel", new { teamId, channelId })).ShouldBeProblemAsync(400);

        Assert.NotEmpty(problem.FieldError(field));
    }

    [Fact]
    public async Task a_member_may_not_link_a_channel()
    {
        var (_, member) = await MemberAsync();
        var theme = await member.OpenThemeAsync();

        var refused = await member.PutAsync($"/api/themes/{theme}/teams-channel", new { teamId = Guid.NewGuid(), channelId = "19:abc@thread.tacv2" });

        Assert.Equal("Kun sekretariatet kan knytte et tema til en kanal i Teams.", (await refused.ShouldBeProblemAsync(403)).Detail());
    }

    [Fact]
    public async Task the_secretariat_links_it_in_the_channel_by_the_themes_title_and_then_the_channel_acts_on_it()
    {
        var (_, caller, member) = await MemberInTeamsAsync();
        var theme = await caller.OpenThemeAsync("forum", "Klimatilpasning");
        var secretariat = await SecretariatInTeamsAsync();
        var channel = await TeamWithBotAsync();

        var linked = await SayAsync(secretariat, channel, "tilknyt  klimatilpasning");

        Assert.StartsWith("Kanalen er nu knyttet til temaet »Klimatilpasning«.", linked.ReplyText);
        Assert.Equal(channel.TeamId, (await caller.ThemeAsync(theme)).GetProperty("teamsChannel").Str("teamId"));
        await SayAsync(member, channel, "indlæg Nu skriver jeg fra Teams");
        Assert.Equal("Nu skriver jeg fra Teams", Assert.Single(await caller.ItemsAsync($"/api/themes/{theme}/posts")).Str("text"));
    }

    [Fact]
    public async Task in_the_channel_a_theme_is_found_by_its_id_and_a_member_is_refused_by_the_rule()
    {
        var (_, caller, member) = await MemberInTeamsAsync();
        var theme = await caller.OpenThemeAsync("forum", "Klimatilpasning");
        var channel = await TeamWithBotAsync();

        Assert.Equal("Kun sekretariatet kan knytte et tema til en kanal i Teams.", (await SayAsync(member, channel, $"tilknyt {theme}")).ReplyText);
        Assert.StartsWith("Jeg kan ikke finde et tema, der hedder »Kystsikring«.", (await SayAsync(member, channel, "tilknyt Kystsikring")).ReplyText);
        Assert.Equal("Skriv tilknyt i den kanal i et team, som skal knyttes til temaet.", (await SayPrivatelyAsync(member, $"tilknyt {theme}")).ReplyText);
    }
}
