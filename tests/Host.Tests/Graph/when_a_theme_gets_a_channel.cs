using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Teams.Outbound;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>The secretariat asks for a theme's channel: the forum creates it in its team, links it, and the bot says hello there.</summary>
public sealed class when_a_theme_gets_a_channel(ForumFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task the_channel_is_created_in_the_forums_team_linked_followed_and_announced_by_the_bot()
    {
        var theme = await Secretariat.OpenThemeAsync(title: "Klima: tilpasning & kyster?");
        var serviceUrl = Connector.ServiceUrl("/emea/");
        await using (var known = Store.LightweightSession())
        {
            // The bot was added to the forum's team before: it knows where the team lives.
            known.Store(new ConversationReference($"19:{Guid.NewGuid():N}@thread.tacv2", serviceUrl)
            {
                BotChannel = "msteams", ConversationType = "channel", TeamAadGroupId = FakeGraph.TeamId, TenantId = FakeGraph.TenantId,
                LastActivityAt = Clock.GetUtcNow()
            });
            await known.SaveChangesAsync();
        }
        HttpResponseMessage response = null!;
        var creations = Graph.CallsTo("POST", $"/teams/{FakeGraph.TeamId}/channels").Count;

        await Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            response = await Secretariat.PostAsync($"/api/themes/{theme}/teams-channel/create")));

        await response.ShouldHaveStatusAsync(201);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var channelId = created.Text("channelId")!;
        var request = Assert.Single(Graph.CallsTo("POST", $"/teams/{FakeGraph.TeamId}/channels").Skip(creations));
        Assert.Equal("Klima tilpasning kyster", request.Body!["displayName"]!.GetValue<string>());
        await using var session = Store.QuerySession();
        Assert.Equal(new LinkedChannel(FakeGraph.TeamId, channelId), (await session.LoadAsync<Theme>(theme))!.TeamsChannel);
        Assert.IsType<TeamsChannelLinked>((await session.Events.FetchStreamAsync(theme)).Last().Data);
        Assert.Equal(channelId, (await WatchedAsync(channelId)).Id);
        var hello = Assert.Single(Connector.CallsTo("/emea/v3/conversations"), c => c.Method == "POST" && c.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>() == channelId);
        Assert.Contains("Klima", hello.Body!["activity"]!.ToJsonString());
    }

    [Fact]
    public async Task a_theme_that_has_a_channel_gets_no_second_one_and_graph_is_not_asked()
    {
        var (theme, _) = await LinkedThemeAsync();
        var creations = Graph.CallsTo("POST", "/channels").Count;

        var problem = await (await Secretariat.PostAsync($"/api/themes/{theme}/teams-channel/create")).ShouldBeProblemAsync(409);

        Assert.Contains("allerede en kanal", problem.Detail());
        Assert.Equal(creations, Graph.CallsTo("POST", "/channels").Count);
    }

    [Fact]
    public async Task a_channel_teams_refuses_to_create_is_a_502_and_nothing_is_written()
    {
        var theme = await Secretariat.OpenThemeAsync();
        var events = await EventCountAsync();
        var creations = Graph.CallsTo("POST", $"/teams/{FakeGraph.TeamId}/channels").Count;
        Graph.FailNext(403);

        var problem = await (await Secretariat.PostAsync($"/api/themes/{theme}/teams-channel/create")).ShouldBeProblemAsync(502);

        Assert.Contains("Teams oprettede ikke kanalen", problem.Detail());
        Assert.Equal(403, Assert.Single(Graph.CallsTo("POST", $"/teams/{FakeGraph.TeamId}/channels").Skip(creations)).Status);
        Assert.Equal(events, await EventCountAsync());
        await using var session = Store.QuerySession();
        Assert.Null((await session.LoadAsync<Theme>(theme))!.TeamsChannel);
    }

    [Fact]
    public async Task renaming_the_theme_renames_its_channel()
    {
        var (theme, channelId) = await LinkedThemeAsync();

        await Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await (await Secretariat.PutAsync($"/api/themes/{theme}", new { title = "Grøn omstilling", description = "Ny retning", visibility = "forum", version = 2 }))
                .ShouldHaveStatusAsync(200)));

        var rename = Assert.Single(Graph.CallsTo("PATCH", $"/channels/{channelId}"));
        Assert.Equal("Grøn omstilling", rename.Body!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task the_secretariat_sees_each_channels_subscription_sync_and_errors()
    {
        var (theme, channelId) = await LinkedThemeAsync();
        var message = Graph.Write(channelId, "Status", "oid-status");
        await DeliverAsync(Delivery(NotificationOf(await WatchedAsync(channelId), message)));

        var status = await Secretariat.ReadAsync<JsonElement>("/api/integrations/graph/status");

        Assert.True(status.GetProperty("on").GetBoolean());
        var channel = Assert.Single(status.GetProperty("channels").EnumerateArray(), c => c.Text("channelId") == channelId);
        Assert.Equal(theme, channel.GetProperty("themeId").GetGuid());
        Assert.Equal((await WatchedAsync(channelId)).SubscriptionId, channel.Text("subscriptionId"));
        foreach (var field in new[] { "subscriptionExpiresAt", "lastNotificationAt", "lastDeltaSyncAt", "lastImportAt", "lagSeconds" })
            Assert.NotEqual(JsonValueKind.Null, channel.GetProperty(field).ValueKind);
        await (await (await MemberAsync()).Caller.GetAsync("/api/integrations/graph/status")).ShouldBeProblemAsync(403);
    }
}
