using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Themes;

public sealed class when_listing_themes(ForumFixture fixture) : ForumTest(fixture)
{
    private async Task<(Guid Public, Guid Forum, Guid Closed, Caller Opener, Caller Outsider)> OneOfEachAsync()
    {
        var (_, opener) = await MemberAsync("Mette Holm");
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        return (await Secretariat.OpenThemeAsync("public", "Offentligt"), await Secretariat.OpenThemeAsync("forum", "Forum"),
            await opener.OpenThemeAsync("closed", "Lukket"), opener, outsider);
    }

    private static async Task<Guid[]> IdsAsync(Caller caller, string url = "/api/themes") =>
        (await caller.ItemsAsync(url)).Select(t => t.Id()).ToArray();

    [Fact]
    public async Task a_closed_theme_is_listed_only_for_its_participants_and_the_secretariat()
    {
        var (publicId, forumId, closedId, opener, outsider) = await OneOfEachAsync();

        Assert.Equal([publicId, forumId, closedId], await IdsAsync(opener));
        Assert.Equal([publicId, forumId, closedId], await IdsAsync(Secretariat));
        Assert.Equal([publicId, forumId], await IdsAsync(outsider));
    }

    [Fact]
    public async Task an_integrator_sees_public_themes_only()
    {
        var (publicId, _, _, _, _) = await OneOfEachAsync();

        Assert.Equal([publicId], await IdsAsync(Integrator));
    }

    [Fact]
    public async Task archived_themes_can_be_filtered_in_or_out()
    {
        var active = await Secretariat.OpenThemeAsync(title: "Aktivt");
        var archived = await Secretariat.OpenThemeAsync(title: "Afsluttet");
        await (await Secretariat.PostAsync($"/api/themes/{archived}/archive")).ShouldHaveStatusAsync(204);

        Assert.Equal([archived], await IdsAsync(Secretariat, "/api/themes?archived=true"));
        Assert.Equal([active], await IdsAsync(Secretariat, "/api/themes?archived=false"));
        Assert.Equal([active, archived], await IdsAsync(Secretariat));
    }

    [Fact]
    public async Task paging_with_the_cursor_returns_every_theme_once_in_order()
    {
        var opened = new List<Guid>();
        for (var i = 1; i <= 5; i++) opened.Add(await Secretariat.OpenThemeAsync(title: $"Tema {i}"));

        var listed = await Secretariat.AllPagesAsync("/api/themes", limit: 2);

        Assert.Equal(opened, listed.Select(t => t.Id()));
    }
}
