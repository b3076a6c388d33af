using System.Text.Json;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Commitments;

/// <summary>The cross-level ledger: for each level and each other level (or the forum), what was promised and how it went.</summary>
public sealed class when_reading_the_ledger(ForumFixture fixture) : CommitmentTest(fixture)
{
    [Fact]
    public async Task each_pair_of_levels_shows_what_was_promised_delivered_overdue_open_and_withdrawn()
    {
        var forum = await ThreeLevelsAsync();
        var (mette, anne, jonas) = (forum.Mette.Caller, forum.Anne.Caller, forum.Jonas.Caller);
        var soon = Today.AddDays(2);
        var inTime = await CommitAsync(mette, forum.ThemeId, "region", soon);
        var late = await CommitAsync(mette, forum.ThemeId, "region", soon);
        var tracked = await Host.ExecuteAndWaitAsync(async () => await CommitAsync(mette, forum.ThemeId, "region", soon));
        var withdrawn = await CommitAsync(mette, forum.ThemeId, "region", soon);
        await CommitAsync(mette, forum.ThemeId, "region", Today.AddDays(30));
        await CommitAsync(anne, forum.ThemeId, null, Today.AddDays(30));
        var regionToKommune = await CommitAsync(anne, forum.ThemeId, "kommune", soon);
        await CommitAsync(jonas, forum.ThemeId, "europaparlamentet", Today.AddDays(30));
        await Fulfil(mette, inTime);
        await (await mette.PostAsync($"/api/commitments/{withdrawn}/withdraw", new { reason = "Udsat" })).ShouldHaveStatusAsync(200);
        Clock.Advance(TimeSpan.FromDays(5));
        await Host.InvokeMessageAndWaitAsync(tracked.Scheduled.SingleMessage<Domain.Commitments.FlagOverdueCommitment>());
        await Fulfil(mette, late);
        await Fulfil(anne, regionToKommune);

        var lines = await LinesAsync(anne, $"/api/commitments/ledger?theme={forum.ThemeId}");

        Assert.Equal(16, lines.Length);
        Assert.Equal((5, 2, 1, 1, 1, 1), Figures(lines, "kommune", "region"));
        Assert.Equal((1, 0, 0, 0, 1, 0), Figures(lines, "region", "forum"));
        Assert.Equal((1, 1, 1, 0, 0, 0), Figures(lines, "region", "kommune"));
        Assert.Equal((1, 0, 0, 0, 1, 0), Figures(lines, "folketing", "europaparlamentet"));
        Assert.Equal((0, 0, 0, 0, 0, 0), Figures(lines, "europaparlamentet", "forum"));
    }

    [Fact]
    public async Task the_ledger_counts_only_what_the_caller_may_see()
    {
        var open = await ThreeLevelsAsync("forum", "Åbent");
        var closed = await ThreeLevelsAsync("closed", "Lukket");
        var (_, outsider) = await MemberAsync("Ida Lund", "europaparlamentet", "Europa-Parlamentet");
        await CommitAsync(open.Mette.Caller, open.ThemeId, "region", Today.AddDays(3));
        await CommitAsync(closed.Mette.Caller, closed.ThemeId, "region", Today.AddDays(3));

        Assert.Equal(1, Figures(await LinesAsync(outsider, "/api/commitments/ledger"), "kommune", "region").Promised);
        Assert.Equal(2, Figures(await LinesAsync(Secretariat, "/api/commitments/ledger"), "kommune", "region").Promised);
        Assert.Equal(1, Figures(await LinesAsync(Secretariat, $"/api/commitments/ledger?theme={closed.ThemeId}"), "kommune", "region").Promised);
        Assert.Equal(0, Figures(await LinesAsync(outsider, $"/api/commitments/ledger?theme={closed.ThemeId}"), "kommune", "region").Promised);
        Assert.Equal(0, Figures(await LinesAsync(Integrator, "/api/commitments/ledger"), "kommune", "region").Promised);
        await (await Anonymous.GetAsync("/api/commitments/ledger")).ShouldHaveStatusAsync(401);
    }

    private static async Task Fulfil(Caller caller, Guid id) =>
        await (await caller.PostAsync($"/api/commitments/{id}/fulfil", new { note = "Leveret" })).ShouldHaveStatusAsync(200);

    private static async Task<JsonElement[]> LinesAsync(Caller caller, string url) =>
        (await caller.ReadAsync<JsonElement>(url)).GetProperty("lines").EnumerateArray().ToArray();

    private static (int Promised, int Delivered, int DeliveredLate, int Overdue, int Open, int Withdrawn) Figures(JsonElement[] lines, string from, string to)
    {
        var line = lines.Single(l => l.Str("from") == from && l.Str("to") == to);
        int Count(string name) => line.GetProperty(name).GetInt32();
        return (Count("promised"), Count("delivered"), Count("deliveredLate"), Count("overdue"), Count("open"), Count("withdrawn"));
    }
}
