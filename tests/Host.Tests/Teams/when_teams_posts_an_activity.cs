using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Inbound;
using Politikerforum.Integrations.Teams.Inbound.Buttons;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Host.Tests.Teams;

/// <summary>Every published inbound activity is taken in and answered as the Bot Framework expects, and so are the broken ones.</summary>
public sealed class when_teams_posts_an_activity(ForumFixture fixture) : TeamsTest(fixture)
{
    private const string ChannelThread = "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856";

    [Fact]
    public async Task a_message_mentioning_the_bot_is_answered_in_its_thread_with_the_help_card()
    {
        // The fixture's sender, as a member: "reply to thread" is no command, so the bot answers with its help.
        await MemberAsync("Rido", objectId: "b15a9416-0ad3-4172-9210-7beb711d3f70");
        var (json, token) = Inbound("message-channel-reply-with-bot-mention.json");
        var before = Connector.Calls.Count;

        var (response, _) = await PostAndDeliverAsync(json, token);

        await response.ShouldHaveStatusAsync(200);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(Connector.Calls.Skip(before));
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"{ActivitiesOf("/amer/50612dbb-0237-4969-b378-8d42590f9c00/", ChannelThread)}/1759944781430", reply.Target);
        Assert.Equal($"Bearer {BotFramework.ConnectorAccessToken}", reply.Authorization);
        var body = reply.Body!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("1759944781430", (string?)body["replyToId"]);
        Assert.Equal(ChannelThread, (string?)body["conversation"]!["id"]);
        Assert.Equal("28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8", (string?)body["from"]!["id"]);
        Assert.Equal("b15a9416-0ad3-4172-9210-7beb711d3f70", (string?)body["recipient"]!["aadObjectId"]);
        var attachment = body["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("Politikerforum i Teams", (string?)attachment["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public async Task the_conversation_is_remembered_with_its_service_url()
    {
        var (json, token) = Inbound("message-channel-reply-with-bot-mention.json");

        await PostAndDeliverAsync(json, token);

        var reference = await ReferenceAsync(ChannelThread);
        Assert.NotNull(reference);
        Assert.Equal(ServiceUrlOf(json), reference.ServiceUrl);
        Assert.Equal("msteams", reference.BotChannel);
        Assert.Equal("channel", reference.ConversationType);
        Assert.Equal("50612dbb-0237-4969-b378-8d42590f9c00", reference.TenantId);
        Assert.Equal("19:6848757105754c8981c67612732d9aa7@thread.tacv2", reference.TeamsChannelId);
        Assert.Equal("28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8", reference.Bot?.Id);
    }

    [Fact]
    public async Task a_card_action_is_answered_in_the_invoke_response()
    {
        // The fixture's sender, as a member, pressing a button the bot never made.
        await MemberAsync("Rido", objectId: "c5e99701-2a32-49c1-a660-4629ceeb8c61");
        var (json, token) = Inbound("invoke-adaptivecard-action-execute.json");
        var before = Connector.Calls.Count;

        var (response, _) = await PostAndDeliverAsync(json, token);

        await response.ShouldHaveStatusAsync(200);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", answer.GetProperty("type").GetString());
        Assert.Equal(CardActions.UnknownAction, answer.GetProperty("value").GetString());
        Assert.Equal(before, Connector.Calls.Count);
        Assert.Equal(ServiceUrlOf(json), (await ReferenceAsync(
            "a:17vxw6pGQOb3Zfh8acXT8m_PqHycYpaFgzu2mFMUfkT-h0UskMctq5ZPPc7FIQxn2bx7rBSm5yE_HeUXsCcKZBrv77RgorB3_1_pAdvMhi39ClxQgawzyQ9GBFkdiwOxT"))?.ServiceUrl);
    }

    [Fact]
    public async Task the_bot_added_to_a_team_greets_the_channel_and_remembers_it()
    {
        var (json, token) = Inbound("conversation-update-members-added-bot-to-team.json");
        var before = Connector.Calls.Count;

        var (response, _) = await PostAndDeliverAsync(json, token);

        await response.ShouldHaveStatusAsync(200);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var greeting = Assert.Single(Connector.Calls.Skip(before));
        Assert.Equal(("POST", ActivitiesOf("/amer/", "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2")), (greeting.Method, greeting.Target));
        Assert.Equal("Velkommen til Politikerforum", (string?)greeting.Body!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
        var reference = await ReferenceAsync("19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2");
        Assert.Equal(ServiceUrlOf(json), reference?.ServiceUrl);
        Assert.Equal("f3ec8cd2-e704-4344-8c47-9a3a21d683c0", reference?.TeamAadGroupId);
        Assert.Equal("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", reference?.TenantId);
    }

    [Fact]
    public async Task an_invoke_the_bot_does_not_know_is_not_implemented()
    {
        var (json, token) = Inbound("invoke-adaptivecard-action-execute.json");
        var (response, _) = await PostAndDeliverAsync(json.Replace("adaptiveCard/action", "composeExtension/query"), token);
        Assert.Equal(501, (int)response.StatusCode);
    }

    [Fact]
    public async Task a_card_action_without_its_action_is_answered_with_an_error_on_the_card()
    {
        var (json, token) = Inbound("invoke-adaptivecard-action-execute.json");
        var activity = JsonNode.Parse(json)!;
        activity.AsObject().Remove("value");

        var (response, _) = await PostAndDeliverAsync(activity.ToJsonString(), token);

        await response.ShouldHaveStatusAsync(200);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", answer.GetProperty("type").GetString());
        Assert.Equal(InboundDispatch.InvalidCardAction, answer.GetProperty("value").GetProperty("message").GetString());
    }

    [Fact]
    public async Task a_submitted_card_is_answered_privately_and_not_with_the_help_card()
    {
        var (json, token) = Inbound("message-channel-reply-with-bot-mention.json");
        var activity = JsonNode.Parse(json)!.AsObject();
        activity.Remove("text");
        activity.Remove("entities");
        activity["value"] = new JsonObject { ["kommando"] = "send" };
        var before = Connector.Calls.Count;

        var (response, _) = await PostAndDeliverAsync(activity.ToJsonString(), token);

        await response.ShouldHaveStatusAsync(200);
        var calls = Connector.Calls.Skip(before).ToList();
        Assert.DoesNotContain(calls, call => call.Target.Contains(Uri.EscapeDataString(ChannelThread)));
        var start = Assert.Single(calls, call => call.Target.EndsWith("/v3/conversations"));
        Assert.Equal("29:17bUvCasIPKfQIXHvNzcPjD86fwm6GkWc1PvCGP2-NSkNb7AyGYpjQ7Xw-XgTwaHW5JxZ4KMNDxn1kcL8fwX1Nw", (string?)start.Body!["members"]![0]!["id"]);
        var answer = Assert.Single(calls, call => call.Target.EndsWith("/activities"));
        Assert.Equal(Answers.Stranger, (string?)answer.Body!["text"]);
    }

    [Fact]
    public async Task an_activity_without_a_type_is_a_bad_request()
    {
        var (json, token) = Inbound("message-channel-reply-with-bot-mention.json");
        var activity = JsonNode.Parse(json)!.AsObject();
        activity.Remove("type");

        var (response, _) = await PostAndDeliverAsync(activity.ToJsonString(), token);

        await response.ShouldHaveStatusAsync(400);
        Assert.Null(await ReferenceAsync(ChannelThread));
    }

    [Theory]
    [InlineData("{\"type\": \"message\", ")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    public async Task a_body_that_is_not_an_activity_is_a_bad_request(string body)
    {
        var (_, token) = Inbound("message-channel-reply-with-bot-mention.json");
        var (response, _) = await PostAndDeliverAsync(body, token);
        await response.ShouldHaveStatusAsync(400);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task another_method_is_not_allowed(string method)
    {
        var response = await Host.Server.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public void every_published_teams_payload_is_used_by_a_test()
    {
        string[] used =
        [
            "conversation-update-members-added-bot-to-team.json", "create-conversation-channel-thread-request.json",
            "create-conversation-channel-thread-response.json", "create-conversation-personal-request.json",
            "create-conversation-personal-response.json", "invoke-adaptivecard-action-execute.json",
            "message-channel-reply-with-bot-mention.json", "outbound-message-adaptive-card-1.5-with-mentions.json"
        ];
        Assert.Equal(used, TeamsFixtures.All);
    }

    [Fact]
    public void the_mention_of_the_bot_is_not_part_of_what_was_asked()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsFixtures.Read("message-channel-reply-with-bot-mention.json"), BotJson.Options)!;
        Assert.Equal("<at>ridotest</at> reply to thread", activity.Text);
        Assert.Equal("reply to thread", activity.TextForBot());
    }
}
