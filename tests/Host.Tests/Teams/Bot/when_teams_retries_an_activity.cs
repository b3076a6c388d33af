using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>
/// Teams sends an activity again when it got no answer in time. The activity id is the command's idempotency key:
/// the retry writes nothing twice and gets the same answer.
/// </summary>
public sealed class when_teams_retries_an_activity(ForumFixture fixture) : BotTest(fixture)
{
    [Fact]
    public async Task a_retried_post_is_written_once_and_answered_alike()
    {
        var (_, caller, member) = await MemberInTeamsAsync();
        var theme = await caller.OpenThemeAsync("forum", "Klimatilpasning");
        var channel = await LinkedChannelAsync(theme);

        var first = await SayAsync(member, channel, "indlæg Hvem har erfaring med flextrafik?", activityId: "1759944781430");
        var events = await EventCountAsync();
        var retry = await SayAsync(member, channel, "indlæg Hvem har erfaring med flextrafik?", activityId: "1759944781430");

        Assert.Equal(events, await EventCountAsync());
        Assert.Single(await caller.ItemsAsync($"/api/themes/{theme}/posts"));
        Assert.Equal(first.ReplyText, retry.ReplyText);
        Assert.Equal("Dit indlæg er skrevet i temaet »Klimatilpasning«.", retry.ReplyText);
    }

    [Fact]
    public async Task a_retried_card_action_is_carried_out_once_and_answered_alike()
    {
        var (_, caller, member) = await MemberInTeamsAsync();
        var theme = await caller.OpenThemeAsync("forum", "Klimatilpasning");
        var channel = await LinkedChannelAsync(theme);
        var form = new JsonObject
        {
            ["verb"] = CardVerbs.RecordLesson, ["theme"] = theme.ToString(), ["title"] = "Fælles vagtplan", ["text"] = "Det virkede.",
            ["kind"] = "worked", ["confidentiality"] = "forum"
        };

        var first = await PressAsync(member, channel, form, activityId: "f:retried-invoke");
        var retry = await PressAsync(member, channel, form, activityId: "f:retried-invoke");

        Assert.Single(await caller.ItemsAsync($"/api/lessons?theme={theme}"));
        Assert.Equal(first.Body!.ToJsonString(), retry.Body!.ToJsonString());
    }
}
