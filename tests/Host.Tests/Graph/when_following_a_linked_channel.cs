using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Graph;
using Wolverine.Runtime;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>A linked channel's subscription: made with a clientState of its own, renewed before it expires, made anew when Graph drops it.</summary>
public sealed class when_following_a_linked_channel(ForumFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task linking_a_channel_subscribes_to_its_messages_with_a_random_client_state_and_schedules_the_renewal()
    {
        var (_, first) = await LinkedThemeAsync();
        var (_, second) = await LinkedThemeAsync();

        var (a, b) = (await WatchedAsync(first), await WatchedAsync(second));
        var subscription = Graph.Subscriptions.Single(s => s["id"]!.GetValue<string>() == a.SubscriptionId);
        Assert.Equal($"/teams/{FakeGraph.TeamId}/channels/{first}/messages", subscription["resource"]!.GetValue<string>());
        Assert.Equal("created,updated,deleted", subscription["changeType"]!.GetValue<string>());
        Assert.Equal($"{FakeGraph.ForumPublicUrl}/api/graph/notifications", subscription["notificationUrl"]!.GetValue<string>());
        Assert.Equal($"{FakeGraph.ForumPublicUrl}/api/graph/lifecycle", subscription["lifecycleNotificationUrl"]!.GetValue<string>());
        Assert.Equal(a.ClientState, subscription["clientState"]!.GetValue<string>());
        Assert.True(a.ClientState!.Length is >= 32 and <= 128);
        Assert.NotEqual(a.ClientState, b.ClientState);
        Assert.InRange(a.SubscriptionExpiresAt!.Value - Clock.GetUtcNow(), TimeSpan.FromDays(1), TimeSpan.FromDays(3));
        Assert.Contains(await ScheduledAsync(), e => e.MessageType!.Contains(nameof(RenewSubscription)) && e.ScheduledTime < a.SubscriptionExpiresAt);
    }

    [Fact]
    public async Task the_renewal_extends_the_subscription_and_schedules_the_next()
    {
        var (_, channelId) = await LinkedThemeAsync();
        var before = await WatchedAsync(channelId);
        Clock.Advance(TimeSpan.FromHours(40));

        await RunAsync(new RenewSubscription(channelId, before.SubscriptionId!));

        var after = await WatchedAsync(channelId);
        Assert.Equal(before.SubscriptionId, after.SubscriptionId);
        Assert.True(after.SubscriptionExpiresAt > before.SubscriptionExpiresAt);
        Assert.Single(Graph.CallsTo("PATCH", $"/subscriptions/{before.SubscriptionId}"));
        Assert.Contains(await ScheduledAsync(), e => e.MessageType!.Contains(nameof(RenewSubscription)) && e.ScheduledTime > before.SubscriptionExpiresAt);
    }

    [Fact]
    public async Task a_subscription_graph_no_longer_has_is_made_anew_with_a_new_client_state_and_the_channel_caught_up()
    {
        var (_, channelId) = await LinkedThemeAsync();
        var before = await WatchedAsync(channelId);
        Graph.Forget(before.SubscriptionId!);
        var deltas = Graph.CallsTo("GET", "/messages/delta").Count;

        await RunAsync(new RenewSubscription(channelId, before.SubscriptionId!));

        var after = await WatchedAsync(channelId);
        Assert.NotEqual(before.SubscriptionId, after.SubscriptionId);
        Assert.NotEqual(before.ClientState, after.ClientState);
        Assert.Contains(Graph.Subscriptions, s => s["id"]!.GetValue<string>() == after.SubscriptionId);
        Assert.True(Graph.CallsTo("GET", "/messages/delta").Count > deltas);
    }

    [Theory]
    [InlineData("subscriptionRemoved", "POST", "/subscriptions")]
    [InlineData("reauthorizationRequired", "PATCH", "/subscriptions/")]
    [InlineData("missed", "GET", "/messages/delta")]
    public async Task a_lifecycle_event_is_answered_as_graph_asks(string lifecycleEvent, string method, string path)
    {
        var (_, channelId) = await LinkedThemeAsync();
        var channel = await WatchedAsync(channelId);
        var calls = Graph.CallsTo(method, path).Count;
        var body = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = channel.SubscriptionId, ["subscriptionExpirationDateTime"] = channel.SubscriptionExpiresAt!.Value.ToString("O"),
                ["tenantId"] = FakeGraph.TenantId, ["clientState"] = channel.ClientState, ["lifecycleEvent"] = lifecycleEvent
            })
        };

        var (response, _) = await DeliverAsync(body.ToJsonString(), "/api/graph/lifecycle");

        Assert.Equal(202, (int)response.StatusCode);
        Assert.True(Graph.CallsTo(method, path).Count > calls, $"Expected another {method} {path} after {lifecycleEvent}.");
    }

    [Fact]
    public async Task unlinking_the_channel_deletes_its_subscription()
    {
        var (themeId, channelId) = await LinkedThemeAsync();
        var subscription = (await WatchedAsync(channelId)).SubscriptionId!;

        await Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await (await Secretariat.DeleteAsync($"/api/themes/{themeId}/teams-channel")).ShouldHaveStatusAsync(204)));

        Assert.Single(Graph.CallsTo("DELETE", $"/subscriptions/{subscription}"));
        Assert.DoesNotContain(Graph.Subscriptions, s => s["id"]!.GetValue<string>() == subscription);
    }

    private Task<IReadOnlyList<Wolverine.Envelope>> ScheduledAsync() =>
        Host.Services.GetRequiredService<IWolverineRuntime>().Storage.Admin.AllIncomingAsync();
}
