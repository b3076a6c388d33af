using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>
/// The secretariat asks for a Teams channel as it opens a theme: the theme is opened at once, and its channel is created
/// and linked afterwards, by a durable message stored with the theme's first events.
/// </summary>
public sealed class when_a_theme_is_opened_with_a_channel(ForumFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task the_theme_opens_and_then_gets_its_channel_created_and_linked()
    {
        var creations = Graph.CallsTo("POST", $"/teams/{FakeGraph.TeamId}/channels").Count;
        HttpResponseMessage response = null!;

        await Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => response = await Secretariat.PostAsync("/api/themes",
            new { title = "Beredskab ved stormflod", description = "Hvem gør hvad, når vandet stiger?", visibility = "forum", teamsChannel = true })));

        await response.ShouldHaveStatusAsync(201);
        var theme = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).Id();
        var request = Assert.Single(Graph.CallsTo("POST", $"/teams/{FakeGraph.TeamId}/channels").Skip(creations));
        Assert.Equal("Beredskab ved stormflod", request.Body!["displayName"]!.GetValue<string>());
        await using var session = Store.QuerySession();
        var linked = (await session.LoadAsync<Theme>(theme))!.TeamsChannel;
        Assert.Equal(FakeGraph.TeamId, linked?.TeamId);
        var events = (await session.Events.FetchStreamAsync(theme)).Select(e => e.Data).ToList();
        Assert.IsType<ThemeOpened>(events[0]);
        Assert.Equal(linked!.ChannelId, Assert.Single(events.OfType<TeamsChannelLinked>()).ChannelId);
        Assert.Equal(linked.ChannelId, (await WatchedAsync(linked.ChannelId)).Id);
    }

    [Fact]
    public async Task a_theme_opened_without_asking_gets_no_channel()
    {
        var creations = Graph.CallsTo("POST", "/channels").Count;

        await Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => await Secretariat.OpenThemeAsync()));

        Assert.Equal(creations, Graph.CallsTo("POST", "/channels").Count);
    }

    [Fact]
    public async Task a_member_may_not_ask_for_a_channel_and_nothing_is_opened()
    {
        var (_, member) = await MemberAsync();
        var events = await EventCountAsync();

        var problem = await (await member.PostAsync("/api/themes",
            new { title = "Mit tema", description = "Med kanal", visibility = "forum", teamsChannel = true })).ShouldBeProblemAsync(403);

        Assert.Contains("sekretariatet", problem.Detail());
        Assert.Equal(events, await EventCountAsync());
    }
}
