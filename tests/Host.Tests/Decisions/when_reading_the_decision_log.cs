using System.Text.Json;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Decisions;

/// <summary>The decision log: each decision in the list as its own page shows it, tally per level and missing levels included.</summary>
public sealed class when_reading_the_decision_log(ForumFixture fixture) : DecisionTest(fixture)
{
    private static Actor MemberActor(Guid id) => new(id, new HashSet<Role> { Role.Member }, id);

    private async Task<Page<DecisionDetail>> LogAsync(Actor actor, Guid? theme = null)
    {
        await using var session = Store.QuerySession();
        return await DecisionReads.ListAsync(session, actor, theme, null, null, null, CancellationToken.None);
    }

    [Fact]
    public async Task each_decision_has_its_tally_per_level_and_the_levels_still_missing()
    {
        var (themeId, people) = await ThemeWithAsync("forum", "kommune", "kommune", "region", "folketing");
        var decisionId = await ProposeAsync(Secretariat, themeId, "kommune", "region", "folketing");
        await (await TakePositionAsync(people[0].Caller, decisionId, "support")).ShouldHaveStatusAsync(200);
        await (await TakePositionAsync(people[1].Caller, decisionId, "object", "For dyrt")).ShouldHaveStatusAsync(200);
        await (await TakePositionAsync(people[2].Caller, decisionId, "abstain")).ShouldHaveStatusAsync(200);

        var logged = Assert.Single((await LogAsync(MemberActor(people[0].Id))).Items);
        var detail = await DecisionAsync(people[0].Caller, decisionId);

        Assert.Equal(new Tally(1, 1, 0), logged.TallyPerLevel[Level.Kommune]);
        Assert.Equal(new Tally(0, 0, 1), logged.TallyPerLevel[Level.Region]);
        Assert.Equal(new Tally(0, 0, 0), logged.TallyPerLevel[Level.Europaparlamentet]);
        Assert.Equal([Level.Folketing], logged.MissingLevels);
        Assert.Equal([people[3].Id], logged.MissingMembers.Select(m => m.MemberId));
        Assert.Equal(["Medlem 1", "Medlem 2", "Medlem 3"], logged.Positions.Select(p => p.Name));
        // The same as the decision's own page over HTTP.
        Assert.Equal(JsonSerializer.Serialize(logged, Json), JsonSerializer.Serialize(JsonSerializer.Deserialize<DecisionDetail>(detail.GetRawText(), Json), Json));
    }

    [Fact]
    public async Task it_holds_only_the_decisions_of_themes_the_reader_may_see()
    {
        var (forum, _) = await ThemeWithAsync("forum", "kommune");
        var (closed, inside) = await ThemeWithAsync("closed", "region");
        var inForum = await ProposeAsync(Secretariat, forum);
        var inClosed = await ProposeAsync(Secretariat, closed);
        var (outsiderId, _) = await MemberAsync("Ole Udenfor");

        Assert.Equal([inForum, inClosed], (await LogAsync(MemberActor(inside[0].Id))).Items.Select(d => d.Id));
        Assert.Equal([inForum], (await LogAsync(MemberActor(outsiderId))).Items.Select(d => d.Id));
        Assert.Empty((await LogAsync(MemberActor(outsiderId), closed)).Items);
    }
}
