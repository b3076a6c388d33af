using Marten;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>
/// Two requests for the same theme's channel at once create one channel. The fake Teams takes channels of any name, so
/// nothing but the forum's own guard stands in the way of a second.
/// </summary>
public sealed class when_two_ask_for_a_channel_at_once(ForumFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task one_channel_is_created_and_the_second_request_is_told_one_is_on_its_way()
    {
        var theme = await Secretariat.OpenThemeAsync();
        var creations = Graph.CallsTo("POST", $"/teams/{FakeGraph.TeamId}/channels").Count;
        var hold = Graph.HoldCalls("POST", $"/teams/{FakeGraph.TeamId}/channels");
        var first = Secretariat.PostAsync($"/api/themes/{theme}/teams-channel/create");
        // The first request is with Teams, between reading the theme and linking its channel.
        await Poll.UntilAsync(() => hold.Waiting == 1, TimeSpan.FromSeconds(30), () => "The first request never reached Teams.");

        var second = Secretariat.PostAsync($"/api/themes/{theme}/teams-channel/create");
        // Either the second is answered while the first is still held, or it too reaches Teams (the guard is gone).
        await Poll.UntilAsync(() => second.IsCompleted || hold.Waiting > 1, TimeSpan.FromSeconds(30), () => "The second request neither ended nor reached Teams.");
        hold.Release();
        var answers = await Task.WhenAll(first, second);

        Assert.Single(Graph.CallsTo("POST", $"/teams/{FakeGraph.TeamId}/channels").Skip(creations));
        await answers[0].ShouldHaveStatusAsync(201);
        var problem = await answers[1].ShouldBeProblemAsync(409);
        Assert.Contains("ved at blive oprettet", problem.Detail());
        await using var session = Store.QuerySession();
        Assert.Single((await session.Events.FetchStreamAsync(theme)).Select(e => e.Data).OfType<TeamsChannelLinked>());
    }
}
