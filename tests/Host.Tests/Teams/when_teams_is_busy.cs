using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Host.Tests.Teams;

/// <summary>
/// Teams asks bots to back off and try again on 412, 429, 502, 503 and 504 (after Retry-After when it says so), never
/// to repeat another 4xx, and to keep within its limits per thread. The waits here are real seconds: that is what is tested.
/// </summary>
public sealed class when_teams_is_busy(ForumFixture fixture) : TeamsTest(fixture)
{
    private static SendActivity Hello(string conversation, int number = 1) =>
        new(conversation, new Activity { Type = ActivityTypes.Message, Text = $"Besked {number}" });

    [Fact]
    public async Task a_429_is_retried_after_the_time_teams_asks_for()
    {
        var conversation = await KnownConversationAsync();
        Connector.FailNext(429, retryAfter: "3");

        var tracked = await DeliverAsync(Hello(conversation));

        var calls = Connector.CallsTo(ActivitiesOf("/emea/", conversation));
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].ArrivedAt - calls[0].ArrivedAt >= TimeSpan.FromSeconds(3), $"Retried after {calls[1].ArrivedAt - calls[0].ArrivedAt}");
        Assert.Empty(tracked.MovedToErrorQueue.MessagesOf<SendActivity>());
    }

    [Theory]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task a_passing_failure_is_retried_until_the_message_is_delivered(int status)
    {
        var conversation = await KnownConversationAsync();
        Connector.FailNext(status);

        var tracked = await DeliverAsync(Hello(conversation));

        Assert.Equal(2, Connector.CallsTo(ActivitiesOf("/emea/", conversation)).Count);
        Assert.Empty(tracked.MovedToErrorQueue.MessagesOf<SendActivity>());
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    public async Task a_refusal_is_not_repeated_and_waits_for_a_person(int status)
    {
        var conversation = await KnownConversationAsync();
        Connector.FailNext(status);

        var tracked = await DeliverAsync(Hello(conversation));

        Assert.Single(Connector.CallsTo(ActivitiesOf("/emea/", conversation)));
        Assert.Single(tracked.MovedToErrorQueue.MessagesOf<SendActivity>());
    }

    [Fact]
    public async Task a_burst_to_one_thread_keeps_within_teams_limits_per_second_and_per_two_seconds()
    {
        var conversation = await KnownConversationAsync();

        await DeliverAsync(Enumerable.Range(1, 10).Select(number => (ITeamsDelivery)Hello(conversation, number)).ToArray());

        var arrivals = Connector.CallsTo(ActivitiesOf("/emea/", conversation)).Select(call => call.ArrivedAt).Order().ToList();
        Assert.Equal(10, arrivals.Count);
        // A call's arrival differs from its slot by the time it takes to travel; 100 ms allows for that on a busy machine.
        var travel = TimeSpan.FromMilliseconds(100);
        for (var i = 0; i + 7 < arrivals.Count; i++)
            Assert.True(arrivals[i + 7] - arrivals[i] >= TimeSpan.FromSeconds(1) - travel, $"8 calls within {arrivals[i + 7] - arrivals[i]}");
        for (var i = 0; i + 8 < arrivals.Count; i++)
            Assert.True(arrivals[i + 8] - arrivals[i] >= TimeSpan.FromSeconds(2) - travel, $"9 calls within {arrivals[i + 8] - arrivals[i]}");
    }
}
