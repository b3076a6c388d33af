using Marten;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Graph;
using Wolverine.Runtime;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>Graph's handshake on both callback URLs, and a delivery that does not carry the subscription's clientState.</summary>
public sealed class when_graph_calls_back(ForumFixture fixture) : GraphTest(fixture)
{
    [Theory]
    [InlineData("/api/graph/notifications")]
    [InlineData("/api/graph/lifecycle")]
    public async Task the_validation_handshake_is_answered_with_the_decoded_token_as_plain_text(string path)
    {
        var response = await PostToAsync($"{path}?validationToken=Validation%3A%20Testing%20client%20application%20reachability%20for%20subscription%20Request-Id%3A%2025a3d1d4", "");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: Testing client application reachability for subscription Request-Id: 25a3d1d4", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("not-the-client-state")]
    [InlineData(null)]
    public async Task a_wrong_or_missing_client_state_is_dropped_with_nothing_written(string? clientState)
    {
        var (themeId, channelId) = await LinkedThemeAsync();
        var channel = await WatchedAsync(channelId);
        var message = Graph.Write(channelId, "Forfalsket", "oid-forger");
        var item = NotificationOf(channel, message, clientState: clientState ?? "x");
        if (clientState is null) item.AsObject().Remove("clientState");
        var events = await EventCountAsync();
        var fetches = Graph.CallsTo("GET", $"/messages/{message.Id}").Count;

        var (response, tracked) = await DeliverAsync(Delivery(item));

        Assert.Equal(202, (int)response.StatusCode);
        Assert.Equal(events, await EventCountAsync());
        Assert.DoesNotContain(tracked.AllRecordsInOrder(), r => r.Envelope?.Message is ImportChannelMessage);
        Assert.Equal(fetches, Graph.CallsTo("GET", $"/messages/{message.Id}").Count);
        Assert.Empty(await PostsAsync(themeId));
        Assert.Null((await WatchedAsync(channelId)).LastNotificationAt);
        var stored = await Host.Services.GetRequiredService<IWolverineRuntime>().Storage.Admin.AllIncomingAsync();
        Assert.DoesNotContain(stored, e => e.MessageType?.Contains(nameof(ImportChannelMessage)) == true);
    }

    [Fact]
    public async Task a_body_that_is_not_a_notification_collection_is_a_400()
    {
        var response = await PostToAsync("/api/graph/notifications", "{\"value\": ");

        Assert.Equal(400, (int)response.StatusCode);
    }
}
