using Politikerforum.Domain.Decisions;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Decisions;

/// <summary>Positions on one decision share its stream: taken at the same moment, none may be lost or refused.</summary>
public sealed class when_members_take_positions_at_the_same_time(ForumFixture fixture) : DecisionTest(fixture)
{
    private static readonly string[] Positions = ["support", "object", "abstain"];

    [Fact]
    public async Task every_position_from_every_level_is_kept_and_counted()
    {
        var levels = Enumerable.Range(0, 24).Select(i => Bodies.Keys.ElementAt(i % 4)).ToArray();
        var (themeId, members) = await ThemeWithAsync("forum", levels);
        var id = await ProposeAsync(Secretariat, themeId, "kommune", "region", "folketing", "europaparlamentet");
        // Uneven on purpose, so that a tally mixing up levels or positions shows.
        var chosen = members.Select((m, i) => (Member: m, Position: Positions[(i * 7 + i / 5) % 3])).ToArray();

        var responses = await Task.WhenAll(chosen.Select(c => TakePositionAsync(c.Member.Caller, id, c.Position)));

        foreach (var response in responses) await response.ShouldHaveStatusAsync(200);
        var decision = await DecisionAsync(Secretariat, id);
        Assert.Equal(chosen.Select(c => (c.Member.Id, c.Position)).OrderBy(p => p.Id),
            decision.GetProperty("positions").EnumerateArray().Select(p => (p.Id("memberId"), p.Str("position"))).OrderBy(p => p.Item1));
        Assert.Equal(Expected(chosen), Counts(decision.GetProperty("tally")));
        foreach (var level in Bodies.Keys)
            Assert.Equal(Expected(chosen.Where(c => c.Member.Level == level)), Counts(decision.GetProperty("tallyPerLevel").GetProperty(level)));
        Assert.Empty(decision.GetProperty("missingMembers").EnumerateArray());
        Assert.Equal(24, await EventsOfAsync<PositionTaken>(id));
        Assert.Equal(25, decision.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task a_member_changing_their_mind_at_the_same_time_ends_with_one_current_position()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => TakePositionAsync(members[0].Caller, id, Positions[i % 3])));

        foreach (var response in responses) await response.ShouldHaveStatusAsync(200);
        var current = (await DecisionAsync(Secretariat, id)).GetProperty("positions").EnumerateArray().Single();
        await using var session = Store.QuerySession();
        var last = (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<PositionTaken>().ToList();
        Assert.Equal(12, last.Count);
        Assert.Equal(last[^1].Position.ToString().ToLowerInvariant(), current.Str("position"));
    }

    private static (int, int, int) Expected(IEnumerable<(Participant Member, string Position)> chosen)
    {
        var list = chosen.ToList();
        return (list.Count(c => c.Position == "support"), list.Count(c => c.Position == "object"), list.Count(c => c.Position == "abstain"));
    }
}
