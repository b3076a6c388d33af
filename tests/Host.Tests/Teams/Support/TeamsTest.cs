using System.Text;
using System.Text.Json.Nodes;
using JasperFx.Core;
using Marten;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Teams.Outbound;
using Wolverine;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Teams.Support;

/// <summary>
/// Tests of the Teams bot through the forum host: the Bot Connector's requests go to <c>/api/messages</c> in memory,
/// and what the bot sends arrives at <see cref="FakeConnector"/> on 127.0.0.1, after Wolverine's outbox delivered it.
/// </summary>
public abstract class TeamsTest : ForumTest
{
    protected FakeBotFramework BotFramework { get; }
    protected FakeConnector Connector { get; }

    protected TeamsTest(ForumFixture fixture) : base(fixture)
    {
        BotFramework = fixture.BotFramework;
        Connector = fixture.Connector;
    }

    /// <summary>A fixture activity as Teams would post it to this test's Connector, and a good token for it.</summary>
    protected (string Json, string Token) Inbound(string fixture)
    {
        var json = Connector.Rewrite(TeamsFixtures.Read(fixture));
        return (json, BotFramework.TokenFor(ServiceUrlOf(json)));
    }

    protected static string ServiceUrlOf(string json) => JsonNode.Parse(json)!["serviceUrl"]!.GetValue<string>();

    protected async Task<HttpResponseMessage> PostActivityAsync(string json, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        return await Host.Server.CreateClient().SendAsync(request);
    }

    /// <summary>Posts the activity and waits until every delivery it caused has been carried out (or given up).</summary>
    protected async Task<(HttpResponseMessage Response, ITrackedSession Tracked)> PostAndDeliverAsync(string json, string? token)
    {
        HttpResponseMessage response = null!;
        var tracked = await Track().ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => response = await PostActivityAsync(json, token)));
        return (response, tracked);
    }

    /// <summary>Publishes deliveries as the forum would, through the durable outbox, and waits until they are carried out.</summary>
    protected Task<ITrackedSession> DeliverAsync(params ITeamsDelivery[] deliveries) =>
        Track().ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async bus =>
        {
            foreach (var delivery in deliveries) await bus.PublishAsync(delivery);
        }));

    /// <summary>A conversation the bot has heard from, living at this test's Connector.</summary>
    protected async Task<string> KnownConversationAsync(string path = "/emea/")
    {
        var id = $"a:{Guid.NewGuid():N}";
        await using var session = Store.LightweightSession();
        session.Store(new ConversationReference(id, Connector.ServiceUrl(path)) { BotChannel = "msteams", LastActivityAt = Clock.GetUtcNow() });
        await session.SaveChangesAsync();
        return id;
    }

    protected async Task<ConversationReference?> ReferenceAsync(string conversationId)
    {
        await using var session = Store.QuerySession();
        return await session.LoadAsync<ConversationReference>(conversationId);
    }

    /// <summary>The path of a conversation's activities at the Connector, ids escaped as the bot must escape them.</summary>
    protected static string ActivitiesOf(string path, string conversationId) => $"{path}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    protected TrackedSessionConfiguration Track() => Host.TrackActivity().Timeout(60.Seconds()).DoNotAssertOnExceptionsDetected();
}
