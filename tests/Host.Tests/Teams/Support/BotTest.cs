using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Support;
using Wolverine;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Teams.Support;

/// <summary>Someone in Teams: their Teams user id (29:…, as the bot sees them) and their Entra object id.</summary>
public sealed record TeamsUser(string TeamsId, string ObjectId, string Name);

/// <summary>A team with a channel, as Teams names them: the team's Entra group id, its thread id, and the channel's id.</summary>
public sealed record TeamsChannel(string TeamId, string TeamThreadId, string ChannelId);

/// <summary>
/// Tests of what the bot says and does, through the real <c>/api/messages</c> with signed tokens from the fake Bot
/// Framework, and the fake Connector recording what the bot sends. Activities are the published fixtures, with
/// their people, conversations and texts changed.
/// </summary>
public abstract class BotTest(ForumFixture fixture) : TeamsTest(fixture)
{
    protected const string Tenant = "50612dbb-0237-4969-b378-8d42590f9c00";
    private int _activityIds;

    protected static TeamsUser Stranger(string name = "Ukendt Person") => new($"29:{Guid.NewGuid():N}", $"oid-{Guid.NewGuid():N}", name);

    /// <summary>A member registered with an Entra object id, as they appear in Teams.</summary>
    protected async Task<(Guid Id, Caller Caller, TeamsUser User)> MemberInTeamsAsync(
        string name = "Mette Holm", string level = "kommune", string body = "Aarhus Kommune")
    {
        var user = Stranger(name);
        var (id, caller) = await MemberAsync(name, level, body, user.ObjectId);
        return (id, caller, user);
    }

    /// <summary>A staff member of the secretariat, registered with an Entra object id.</summary>
    protected async Task<TeamsUser> SecretariatInTeamsAsync(string name = "Line Sekretær")
    {
        var user = Stranger(name);
        var organisation = await Admin.CreateAsync("/api/organisations", new { name = $"Resonans {Guid.NewGuid():N}" });
        await Admin.CreateAsync("/api/staff", new { name, email = $"{user.ObjectId}@resonans.dk", organisationId = organisation, entraObjectId = user.ObjectId });
        return user;
    }

    /// <summary>A team the bot has been added to (so the bot knows where it lives), with one channel.</summary>
    protected async Task<TeamsChannel> TeamWithBotAsync()
    {
        var channel = new TeamsChannel(Guid.NewGuid().ToString(), $"19:team{Guid.NewGuid():N}@thread.tacv2", $"19:{Guid.NewGuid():N}@thread.tacv2");
        await PostAndDeliverAsync(Installed(channel), Token);
        return channel;
    }

    /// <summary>The theme's channel, linked by the secretariat over the API.</summary>
    protected async Task<TeamsChannel> LinkedChannelAsync(Guid themeId)
    {
        var channel = await TeamWithBotAsync();
        await (await Secretariat.PutAsync($"/api/themes/{themeId}/teams-channel", new { teamId = channel.TeamId, channelId = channel.ChannelId }))
            .ShouldHaveStatusAsync(204);
        return channel;
    }

    protected string ServiceUrl => Connector.ServiceUrl($"/amer/{Tenant}/");
    protected string ServicePath => $"/amer/{Tenant}/";
    protected string Token => BotFramework.TokenFor(ServiceUrl);

    /// <summary>Says something to the bot in a channel (mentioning it), and waits for everything it caused to be delivered.</summary>
    protected Task<Said> SayAsync(TeamsUser user, TeamsChannel channel, string text, string? activityId = null) =>
        SendAsync(InChannel(user, channel, Mentioning(text), activityId));

    /// <summary>Says something to the bot in the person's 1:1 chat with it.</summary>
    protected Task<Said> SayPrivatelyAsync(TeamsUser user, string text, string? activityId = null) =>
        SendAsync(InPersonalChat(user, new JsonObject { ["type"] = "message", ["text"] = text }, activityId));

    /// <summary>Presses an Action.Execute button on a card in a channel, with the card's inputs.</summary>
    protected Task<Said> PressAsync(TeamsUser user, TeamsChannel channel, JsonObject data, string trigger = "manual", string? activityId = null)
    {
        var invoke = new JsonObject
        {
            ["type"] = "invoke", ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = "Send", ["verb"] = data["verb"]?.DeepClone(), ["data"] = data.DeepClone() },
                ["trigger"] = trigger
            }
        };
        return SendAsync(InChannel(user, channel, invoke, activityId));
    }

    /// <summary>Sends an Action.Submit, which Teams posts as a message whose value is the card's data and inputs.</summary>
    protected Task<Said> SubmitAsync(TeamsUser user, TeamsChannel channel, JsonObject data) =>
        SendAsync(InChannel(user, channel, new JsonObject { ["type"] = "message", ["value"] = data.DeepClone() }));

    /// <summary>Reacts to one of the bot's messages in a channel.</summary>
    protected Task<Said> ReactAsync(TeamsUser user, string conversationId, string messageId, string reaction = "like")
    {
        var activity = InChannel(user, null, new JsonObject
        {
            ["type"] = "messageReaction", ["replyToId"] = messageId,
            ["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = reaction })
        });
        activity["conversation"]!["id"] = conversationId;
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = conversationId.Split(';')[0] };
        return SendAsync(activity);
    }

    /// <summary>Does something through the API and waits until everything it caused in the bot has been delivered; returns what the bot sent.</summary>
    protected async Task<(IReadOnlyList<FakeConnector.Call> Calls, ITrackedSession Tracked)> AndDeliveredAsync(Func<Task> action)
    {
        var before = Connector.Calls.Count;
        var tracked = await Track().ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => action()));
        return (Connector.Calls.Skip(before).ToList(), tracked);
    }

    /// <summary>Delivers a message (a digest, a clock's message) as Wolverine would, and waits until everything it caused is delivered.</summary>
    protected async Task<IReadOnlyList<FakeConnector.Call>> DeliveredAsync(object message)
    {
        var before = Connector.Calls.Count;
        await Track().ExecuteAndWaitAsync((Func<IMessageContext, Task>)(bus => bus.InvokeAsync(message)));
        return Connector.Calls.Skip(before).ToList();
    }

    protected async Task<Said> SendAsync(JsonObject activity)
    {
        var before = Connector.Calls.Count;
        var (response, _) = await PostAndDeliverAsync(activity.ToJsonString(), Token);
        var body = await response.Content.ReadAsStringAsync();
        return new Said((int)response.StatusCode, body.Length > 0 ? JsonNode.Parse(body) : null, Connector.Calls.Skip(before).ToList(), activity["id"]!.GetValue<string>());
    }

    private JsonObject InChannel(TeamsUser user, TeamsChannel? channel, JsonObject content, string? activityId = null)
    {
        var activity = JsonNode.Parse(Connector.Rewrite(TeamsFixtures.Read("message-channel-reply-with-bot-mention.json")))!.AsObject();
        foreach (var (name, value) in content) activity[name] = value?.DeepClone();
        if (!content.ContainsKey("text")) { activity.Remove("text"); activity.Remove("entities"); }
        activity.Remove("attachments");
        activity["id"] = activityId ?? NextActivityId();
        activity["from"] = new JsonObject { ["id"] = user.TeamsId, ["name"] = user.Name, ["aadObjectId"] = user.ObjectId };
        if (channel is not null)
        {
            activity["conversation"]!["id"] = $"{channel.ChannelId};messageid=1700000000000";
            activity["channelData"] = new JsonObject
            {
                ["channel"] = new JsonObject { ["id"] = channel.ChannelId },
                ["team"] = new JsonObject { ["id"] = channel.TeamThreadId },
                ["tenant"] = new JsonObject { ["id"] = Tenant }
            };
        }
        activity["serviceUrl"] = ServiceUrl;
        return activity;
    }

    private JsonObject InPersonalChat(TeamsUser user, JsonObject content, string? activityId)
    {
        var activity = InChannel(user, null, content, activityId);
        activity.Remove("entities");
        activity["conversation"] = new JsonObject { ["id"] = $"a:{user.TeamsId}", ["conversationType"] = "personal", ["tenantId"] = Tenant };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } };
        return activity;
    }

    /// <summary>"&lt;at&gt;ridotest&lt;/at&gt; …", with the mention entity as Teams sends it.</summary>
    private static JsonObject Mentioning(string text) => new()
    {
        ["type"] = "message",
        ["text"] = $"<at>ridotest</at> {text}",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>ridotest</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8", ["name"] = "ridotest" }
        })
    };

    /// <summary>The published "bot added to a team" activity, for this team.</summary>
    protected string Installed(TeamsChannel channel)
    {
        var activity = JsonNode.Parse(Connector.Rewrite(TeamsFixtures.Read("conversation-update-members-added-bot-to-team.json")))!.AsObject();
        activity["serviceUrl"] = ServiceUrl;
        activity["id"] = NextActivityId();
        activity["conversation"]!["id"] = channel.ChannelId;
        activity["channelData"]!["team"] = new JsonObject { ["aadGroupId"] = channel.TeamId, ["name"] = "Klimateamet", ["id"] = channel.TeamThreadId };
        activity["channelData"]!["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = channel.ChannelId } };
        return activity.ToJsonString();
    }

    private string NextActivityId() => $"f:{Guid.NewGuid():N}-{Interlocked.Increment(ref _activityIds)}";
}

/// <summary>What came of saying something to the bot: the HTTP answer (an invoke's response) and what the bot sent to Teams.</summary>
public sealed record Said(int Status, JsonNode? Body, IReadOnlyList<FakeConnector.Call> Calls, string ActivityId)
{
    /// <summary>The messages the bot sent (replies, posts, first messages), not conversation starts or updates.</summary>
    public IReadOnlyList<JsonNode> Messages => [.. Calls.Where(c => c.Method == "POST" && !c.Target.EndsWith("/v3/conversations")).Select(c => c.Body!)];

    /// <summary>The one message the bot sent.</summary>
    public JsonNode Reply => Assert.Single(Messages);

    /// <summary>A message's card, or its text.</summary>
    public static string TextOf(JsonNode? message) =>
        message?["attachments"]?[0]?["content"]?.ToJsonString(Readable) ?? message?["text"]?.GetValue<string>() ?? "";

    /// <summary>JSON as a person reads it: Danish letters as themselves, not as \u escapes.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ReplyText => TextOf(Reply);

    /// <summary>The card an invoke was answered with.</summary>
    public JsonNode InvokeCard
    {
        get
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)Body!["type"]);
            return Body["value"]!;
        }
    }

    public string InvokeMessage
    {
        get
        {
            Assert.Equal("application/vnd.microsoft.activity.message", (string?)Body!["type"]);
            return Body["value"]!.GetValue<string>();
        }
    }
}
