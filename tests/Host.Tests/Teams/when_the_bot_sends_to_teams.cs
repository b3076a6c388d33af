using System.Text.Json;
using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Host.Tests.Teams;

/// <summary>
/// The bot's deliveries leave through Wolverine's durable outbox and reach the Connector at the conversation's
/// stored serviceUrl, with the bot's MSAL token, in the shapes Teams publishes.
/// </summary>
public sealed class when_the_bot_sends_to_teams(ForumFixture fixture) : TeamsTest(fixture)
{
    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task a_reply_goes_to_the_activity_it_answers()
    {
        var conversation = await KnownConversationAsync("/emea/");

        await DeliverAsync(new SendActivity(conversation, Message("Tak for dit indlæg."), ReplyToId: "1:reply;to"));

        var call = Assert.Single(Connector.CallsTo(ActivitiesOf("/emea/", conversation)));
        Assert.Equal("POST", call.Method);
        Assert.Equal($"{ActivitiesOf("/emea/", conversation)}/1%3Areply%3Bto", call.Target);
        Assert.Equal($"Bearer {BotFramework.ConnectorAccessToken}", call.Authorization);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"message","text":"Tak for dit indlæg."}"""), call.Body));
    }

    [Fact]
    public async Task a_message_is_sent_into_the_conversation()
    {
        var conversation = await KnownConversationAsync();

        await DeliverAsync(new SendActivity(conversation, Message("Ny erfaring i temaet.")));

        var call = Assert.Single(Connector.CallsTo(ActivitiesOf("/emea/", conversation)));
        Assert.Equal(("POST", ActivitiesOf("/emea/", conversation)), (call.Method, call.Target));
    }

    [Fact]
    public async Task an_update_replaces_the_activity_and_a_delete_removes_it()
    {
        var conversation = await KnownConversationAsync();

        await DeliverAsync(new UpdateActivity(conversation, "1700000000001", Message("Opdateret optælling")));
        await DeliverAsync(new DeleteActivity(conversation, "1700000000001"));

        var calls = Connector.CallsTo(ActivitiesOf("/emea/", conversation));
        Assert.Equal(["PUT", "DELETE"], calls.Select(call => call.Method));
        Assert.All(calls, call => Assert.Equal($"{ActivitiesOf("/emea/", conversation)}/1700000000001", call.Target));
        Assert.Equal("1700000000001", (string?)calls[0].Body!["id"]);
        Assert.Null(calls[1].Body);
    }

    [Fact]
    public async Task a_personal_chat_is_started_as_teams_publishes_it_and_the_first_message_sent_into_it()
    {
        var request = JsonNode.Parse(TeamsFixtures.Read("create-conversation-personal-request.json"))!;
        var published = JsonNode.Parse(TeamsFixtures.Read("create-conversation-personal-response.json"))!;
        var serviceUrl = Connector.ServiceUrl("/amer/personal/");
        var parameters = ConversationParameters.Personal(request["members"]![0]!["id"]!.GetValue<string>(), request["tenantId"]!.GetValue<string>());

        await DeliverAsync(new StartConversation(serviceUrl, parameters, Message("Hurtig handling i temaet Klimatilpasning.")));

        var start = Assert.Single(Connector.CallsTo("/amer/personal/v3/conversations"), call => call.Target.EndsWith("/v3/conversations"));
        Assert.True(JsonNode.DeepEquals(request, start.Body), start.Body?.ToJsonString());
        var created = start.Answer!["id"]!.GetValue<string>();
        Assert.Equal(Keys(published), Keys(start.Answer));
        var first = Assert.Single(Connector.CallsTo(ActivitiesOf("/amer/personal/", created)));
        Assert.Equal("Hurtig handling i temaet Klimatilpasning.", (string?)first.Body!["text"]);
        Assert.Equal(serviceUrl, (await ReferenceAsync(created))?.ServiceUrl);
    }

    [Fact]
    public async Task a_channel_thread_is_started_with_its_first_message_as_teams_publishes_it()
    {
        var request = JsonNode.Parse(TeamsFixtures.Read("create-conversation-channel-thread-request.json"))!;
        var published = JsonNode.Parse(TeamsFixtures.Read("create-conversation-channel-thread-response.json"))!;
        var parameters = ConversationParameters.ChannelThread(request["channelData"]!["channel"]!["id"]!.GetValue<string>(),
            request["tenantId"]!.GetValue<string>(), Message("[Diagnostic] channel thread"));

        await DeliverAsync(new StartConversation(Connector.ServiceUrl("/amer/thread/"), parameters));

        var start = Assert.Single(Connector.CallsTo("/amer/thread/"));
        Assert.True(JsonNode.DeepEquals(request, start.Body), start.Body?.ToJsonString());
        Assert.Equal(Keys(published), Keys(start.Answer!));
        var created = start.Answer!["id"]!.GetValue<string>();
        Assert.StartsWith($"{request["channelData"]!["channel"]!["id"]}", created);
        Assert.EndsWith($";messageid={start.Answer["activityId"]}", created);
        var reference = await ReferenceAsync(created);
        Assert.Equal("channel", reference?.ConversationType);
        Assert.Equal("19:LydFnezGKSkhYoiLNP6kZ8AuXQr36EDAkvG9CNJSPKc1@thread.tacv2", reference?.TeamsChannelId);
    }

    [Fact]
    public async Task the_bots_token_is_fetched_once_and_reused()
    {
        var conversation = await KnownConversationAsync();

        await DeliverAsync(new SendActivity(conversation, Message("Første")), new SendActivity(conversation, Message("Anden")));

        Assert.All(Connector.CallsTo(ActivitiesOf("/emea/", conversation)), call => Assert.Equal($"Bearer {BotFramework.ConnectorAccessToken}", call.Authorization));
        Assert.Equal(1, BotFramework.TokenRequests);
    }

    [Fact]
    public async Task a_message_too_large_for_teams_is_never_sent()
    {
        var conversation = await KnownConversationAsync();

        var tracked = await DeliverAsync(new SendActivity(conversation, Message(new string('x', 30_000))));

        Assert.Empty(Connector.CallsTo(ActivitiesOf("/emea/", conversation)));
        Assert.Single(tracked.MovedToErrorQueue.MessagesOf<SendActivity>());
    }

    [Fact]
    public async Task the_bots_token_is_never_sent_to_a_service_without_https()
    {
        var conversation = $"a:{Guid.NewGuid():N}";
        await using (var session = Store.LightweightSession())
        {
            session.Store(new ConversationReference(conversation, Connector.ServiceUrl().Replace("https://", "http://")));
            await session.SaveChangesAsync();
        }

        var tracked = await DeliverAsync(new SendActivity(conversation, Message("Hej")));

        Assert.Empty(Connector.CallsTo(ActivitiesOf("/amer/", conversation)));
        Assert.Single(tracked.MovedToErrorQueue.MessagesOf<SendActivity>());
    }

    [Fact]
    public async Task a_conversation_the_bot_never_heard_from_is_not_guessed_at()
    {
        var tracked = await DeliverAsync(new SendActivity($"a:{Guid.NewGuid():N}", Message("Hej")));
        Assert.Single(tracked.MovedToErrorQueue.MessagesOf<SendActivity>());
    }

    private static IEnumerable<string> Keys(JsonNode answer) => answer.AsObject().Select(property => property.Key).Order();

    [Fact]
    public void an_activity_is_written_with_only_the_fields_it_has()
    {
        var json = JsonSerializer.Serialize(Message("Hej"), BotJson.Options);
        Assert.Equal("""{"type":"message","text":"Hej"}""", json);
    }
}
