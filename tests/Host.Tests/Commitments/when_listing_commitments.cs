using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Commitments;

public sealed class when_listing_commitments(ForumFixture fixture) : CommitmentTest(fixture)
{
    [Fact]
    public async Task the_list_filters_by_theme_status_and_levels()
    {
        var forum = await ThreeLevelsAsync();
        var other = await forum.Mette.Caller.OpenThemeAsync(title: "Andet tema");
        var toRegion = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "region", Today.AddDays(5));
        var toForum = await CommitAsync(forum.Jonas.Caller, forum.ThemeId, null, Today.AddDays(5));
        var fulfilled = await CommitAsync(forum.Anne.Caller, forum.ThemeId, "kommune", Today.AddDays(5));
        var elsewhere = await CommitAsync(forum.Mette.Caller, other, "folketing", Today.AddDays(5));
        await (await forum.Anne.Caller.PostAsync($"/api/commitments/{fulfilled}/fulfil", new { note = "Sendt" })).ShouldHaveStatusAsync(200);
        var anne = forum.Anne.Caller;

        Assert.Equal([toRegion, toForum, fulfilled, elsewhere], await IdsAsync(anne, "/api/commitments"));
        Assert.Equal([toRegion, toForum, fulfilled], await IdsAsync(anne, $"/api/commitments?theme={forum.ThemeId}"));
        Assert.Equal([toRegion, toForum, elsewhere], await IdsAsync(anne, "/api/commitments?status=open"));
        Assert.Equal([fulfilled], await IdsAsync(anne, "/api/commitments?status=fulfilled"));
        Assert.Empty(await IdsAsync(anne, "/api/commitments?status=withdrawn"));
        Assert.Equal([toRegion, elsewhere], await IdsAsync(anne, "/api/commitments?fromLevel=kommune"));
        Assert.Equal([toRegion], await IdsAsync(anne, "/api/commitments?toLevel=region"));
        Assert.Equal([toForum], await IdsAsync(anne, "/api/commitments?toLevel=forum"));
        Assert.Equal([toRegion], await IdsAsync(anne, $"/api/commitments?theme={forum.ThemeId}&status=open&fromLevel=kommune&toLevel=region"));
    }

    [Fact]
    public async Task the_list_shows_only_what_the_caller_may_see_and_pages()
    {
        var open = await ThreeLevelsAsync("public", "Offentligt");
        var closed = await ThreeLevelsAsync("closed", "Lukket");
        var (_, outsider) = await MemberAsync("Ida Lund", "europaparlamentet", "Europa-Parlamentet");
        var visible = new List<Guid>();
        for (var i = 0; i < 3; i++) visible.Add(await CommitAsync(open.Mette.Caller, open.ThemeId, "region", Today.AddDays(i + 1)));
        var hidden = await CommitAsync(closed.Mette.Caller, closed.ThemeId, "region", Today.AddDays(1));

        Assert.Equal(visible, (await outsider.AllPagesAsync("/api/commitments", 2)).Select(c => c.Id()));
        Assert.Equal(visible, (await Integrator.AllPagesAsync("/api/commitments", 1)).Select(c => c.Id()));
        Assert.Empty(await IdsAsync(outsider, $"/api/commitments?theme={closed.ThemeId}"));
        Assert.Equal(visible.Append(hidden), await IdsAsync(Secretariat, "/api/commitments"));
        Assert.Equal(visible.Append(hidden), await IdsAsync(closed.Anne.Caller, "/api/commitments"));
        await (await Anonymous.GetAsync("/api/commitments")).ShouldHaveStatusAsync(401);
    }

    [Fact]
    public async Task a_commitment_in_a_theme_the_caller_cannot_see_is_not_found()
    {
        var closed = await ThreeLevelsAsync("closed");
        var id = await CommitAsync(closed.Mette.Caller, closed.ThemeId, "region", Today.AddDays(1));
        var (_, outsider) = await MemberAsync("Ida Lund", "europaparlamentet", "Europa-Parlamentet");

        Assert.Equal(id, (await CommitmentAsync(closed.Jonas.Caller, id)).Id());
        await (await outsider.GetAsync($"/api/commitments/{id}")).ShouldBeUnknownAsync();
        await (await Integrator.GetAsync($"/api/commitments/{id}")).ShouldBeProblemAsync(404);
        await (await Secretariat.GetAsync($"/api/commitments/{Guid.NewGuid()}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task an_unreadable_filter_is_a_bad_request()
    {
        var (_, member) = await MemberAsync();

        (await (await member.GetAsync("/api/commitments?status=late")).ShouldBeProblemAsync(400)).FieldError("status");
        (await (await member.GetAsync("/api/commitments?toLevel=amt")).ShouldBeProblemAsync(400)).FieldError("toLevel");
        (await (await member.GetAsync("/api/commitments?fromLevel=forum")).ShouldBeProblemAsync(400)).FieldError("fromLevel");
        (await (await member.GetAsync("/api/commitments/ledger?theme=alle")).ShouldBeProblemAsync(400)).FieldError("theme");
    }

    private static async Task<Guid[]> IdsAsync(Caller caller, string url) => (await caller.ItemsAsync(url)).Select(c => c.Id()).ToArray();
}
