using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>
/// Added to a team, a chat or someone's Teams, the bot stores the conversation's reference and greets it, once:
/// Teams tells of one installation twice, and again on a reinstall.
/// </summary>
public sealed class when_the_bot_is_added(ForumFixture fixture) : BotTest(fixture)
{
    private static bool IsGreeting(FakeConnector.Call call) => Said.TextOf(call.Body).Contains("Velkommen til Politikerforum");

    [Fact]
    public async Task a_team_is_greeted_once_however_often_teams_tells_of_it()
    {
        var channel = new TeamsChannel(Guid.NewGuid().ToString(), $"19:team{Guid.NewGuid():N}@thread.tacv2", $"19:{Guid.NewGuid():N}@thread.tacv2");
        var before = Connector.Calls.Count;

        await PostAndDeliverAsync(Installed(channel), Token);
        var installation = JsonNode.Parse(Installed(channel))!.AsObject();
        installation["type"] = "installationUpdate";
        installation["action"] = "add";
        installation.Remove("membersAdded");
        await PostAndDeliverAsync(installation.ToJsonString(), Token);
        await PostAndDeliverAsync(Installed(channel), Token);

        var greeting = Assert.Single(Connector.Calls.Skip(before), IsGreeting);
        Assert.Equal(ActivitiesOf(ServicePath, channel.ChannelId), greeting.Target);
        Assert.Contains("tilknyt", Said.TextOf(greeting.Body));
        var reference = await ReferenceAsync(channel.ChannelId);
        Assert.Equal((channel.TeamId, ServiceUrl), (reference?.TeamAadGroupId, reference?.ServiceUrl));
    }

    [Fact]
    public async Task a_person_who_adds_the_bot_is_told_how_to_begin()
    {
        var person = Stranger();
        var installed = new JsonObject
        {
            ["type"] = "installationUpdate", ["action"] = "add", ["id"] = $"f:{Guid.NewGuid():N}", ["channelId"] = "msteams", ["serviceUrl"] = ServiceUrl,
            ["from"] = new JsonObject { ["id"] = person.TeamsId, ["aadObjectId"] = person.ObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8", ["name"] = "ridotest" },
            ["conversation"] = new JsonObject { ["id"] = $"a:{person.TeamsId}", ["conversationType"] = "personal", ["tenantId"] = Tenant }
        };

        var said = await SendAsync(installed);

        Assert.Equal(200, said.Status);
        Assert.Contains("deltag", said.ReplyText);
        Assert.Equal(ActivitiesOf(ServicePath, $"a:{person.TeamsId}"), Assert.Single(said.Calls).Target);
    }

    [Theory]
    [InlineData("conversationUpdate", "channelRenamed")]
    [InlineData("installationUpdate", "remove")]
    [InlineData("typing", null)]
    [InlineData("event", null)]
    public async Task activities_the_bot_does_not_use_are_acknowledged_and_change_nothing(string type, string? what)
    {
        var channel = await TeamWithBotAsync();
        var activity = JsonNode.Parse(Installed(channel))!.AsObject();
        activity["type"] = type;
        activity.Remove("membersAdded");
        if (type == "installationUpdate") activity["action"] = what;
        else if (what is not null) activity["channelData"]!["eventType"] = what;
        var events = await EventCountAsync();

        var said = await SendAsync(activity);

        Assert.Equal(200, said.Status);
        Assert.Null(said.Body);
        Assert.Empty(said.Calls);
        Assert.Equal(events, await EventCountAsync());
    }
}
