using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>
/// The decision card's buttons take positions through the same command as the API. The person who pressed sees the
/// card with their own position; everyone else's card shows the live tally per level, and refreshes to their own position.
/// </summary>
public sealed class when_taking_a_position_on_a_decision_card(ForumFixture fixture) : BotTest(fixture)
{
    private static JsonObject Position(Guid decision, string position) =>
        new() { ["verb"] = CardVerbs.TakePosition, ["decision"] = decision.ToString(), ["position"] = position };

    private static JsonObject Show(Guid decision) => new() { ["verb"] = CardVerbs.ShowDecision, ["decision"] = decision.ToString() };

    private async Task<(Guid Decision, TeamsChannel Channel, TeamsUser Member, Caller Caller)> DecisionInTeamsAsync()
    {
        var (_, caller, member) = await MemberInTeamsAsync();
        var theme = await caller.OpenThemeAsync("forum", "Klimatilpasning");
        var channel = await LinkedChannelAsync(theme);
        var decision = await caller.CreateAsync($"/api/themes/{theme}/decisions",
            new { title = "Fælles beredskab", proposal = "Vi deler sandsække.", deadline = Clock.GetUtcNow().AddDays(3), requiredLevels = new[] { "kommune", "region" } });
        return (decision, channel, member, caller);
    }

    [Fact]
    public async Task the_presser_sees_their_own_position_and_the_tally_per_level()
    {
        var (decision, channel, member, caller) = await DecisionInTeamsAsync();

        var said = await PressAsync(member, channel, Position(decision, "support"));

        var card = Said.TextOf(new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["content"] = said.InvokeCard.DeepClone() }) });
        Assert.Contains("Din holdning: Støtter", card);
        Assert.Contains("\"title\":\"Kommune\",\"value\":\"1 støtter · 0 imod · 0 undlader\"", card);
        Assert.Contains("\"title\":\"Region\",\"value\":\"0 støtter · 0 imod · 0 undlader\"", card);
        var shown = await caller.ReadAsync<System.Text.Json.JsonElement>($"/api/decisions/{decision}");
        Assert.Equal("support", shown.GetProperty("positions")[0].Str("position"));
        Assert.Contains(member.TeamsId, said.InvokeCard["refresh"]!["userIds"]!.AsArray().Select(id => (string?)id));
        Assert.Equal(CardVerbs.ShowDecision, (string?)said.InvokeCard["refresh"]!["action"]!["verb"]);
    }

    [Fact]
    public async Task a_changed_position_replaces_the_earlier_one()
    {
        var (decision, channel, member, caller) = await DecisionInTeamsAsync();

        await PressAsync(member, channel, Position(decision, "support"));
        var said = await PressAsync(member, channel, Position(decision, "abstain"));

        Assert.Contains("Din holdning: Undlader", said.InvokeCard.ToJsonString(Said.Readable));
        var shown = await caller.ReadAsync<System.Text.Json.JsonElement>($"/api/decisions/{decision}");
        Assert.Equal(1, shown.GetProperty("tally").GetProperty("abstain").GetInt32());
        Assert.Equal(0, shown.GetProperty("tally").GetProperty("support").GetInt32());
    }

    [Fact]
    public async Task a_refresh_shows_each_member_their_own_position_and_writes_nothing()
    {
        var (decision, channel, member, _) = await DecisionInTeamsAsync();
        var (_, _, other) = await MemberInTeamsAsync("Anne Berg", "region", "Region Midtjylland");
        await PressAsync(member, channel, Position(decision, "object"));
        var before = await EventCountAsync();

        var mine = await PressAsync(member, channel, Show(decision), trigger: "automatic");
        var theirs = await PressAsync(other, channel, Show(decision), trigger: "automatic");

        Assert.Contains("Din holdning: Imod", mine.InvokeCard.ToJsonString(Said.Readable));
        Assert.DoesNotContain("Din holdning", theirs.InvokeCard.ToJsonString(Said.Readable));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task someone_who_does_not_take_part_is_refused_in_danish()
    {
        var (decision, channel, _, _) = await DecisionInTeamsAsync();
        var (_, _, outsider) = await MemberInTeamsAsync("Anne Berg", "region", "Region Midtjylland");

        var said = await PressAsync(outsider, channel, Position(decision, "support"));

        Assert.StartsWith("Kun temaets deltagende medlemmer kan tage stilling. Meld dig til", said.InvokeMessage);
    }

    [Fact]
    public async Task a_stranger_sees_the_card_as_the_channel_does_and_may_not_take_a_position()
    {
        var (decision, channel, _, _) = await DecisionInTeamsAsync();
        var stranger = Stranger();

        Assert.DoesNotContain("Din holdning", (await PressAsync(stranger, channel, Show(decision), trigger: "automatic")).InvokeCard.ToJsonString(Said.Readable));
        Assert.StartsWith("Hej! Du er ikke medlem", (await PressAsync(stranger, channel, Position(decision, "support"))).InvokeMessage);
    }
}
