using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Posts;

public sealed class when_reading_posts(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_posts_of_a_theme_come_oldest_first_page_by_page()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var otherThemeId = await member.OpenThemeAsync(title: "Andet tema");
        await member.PublishAsync(otherThemeId, "Hører ikke til her");
        var published = new List<Guid>();
        for (var i = 1; i <= 5; i++) published.Add(await member.PublishAsync(themeId, $"Indlæg {i}"));

        var listed = await member.AllPagesAsync($"/api/themes/{themeId}/posts", limit: 2);

        Assert.Equal(published, listed.Select(p => p.Id()));
        Assert.Equal("Indlæg 1", listed[0].Str("text"));
    }

    [Fact]
    public async Task posts_in_a_closed_theme_are_not_found_for_outsiders()
    {
        var (_, opener) = await MemberAsync();
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var themeId = await opener.OpenThemeAsync("closed");
        var postId = await opener.PublishAsync(themeId, "Fortroligt");

        await (await outsider.GetAsync($"/api/posts/{postId}")).ShouldBeProblemAsync(404);
        await (await outsider.GetAsync($"/api/themes/{themeId}/posts")).ShouldBeProblemAsync(404);
        await (await Integrator.GetAsync($"/api/posts/{postId}")).ShouldBeProblemAsync(404);
        Assert.Equal("Fortroligt", (await Secretariat.PostAsync(postId)).Str("text"));
    }

    [Fact]
    public async Task an_integrator_reads_posts_in_a_public_theme()
    {
        var themeId = await Secretariat.OpenThemeAsync("public");
        var postId = await Secretariat.PublishAsync(themeId, "Til alle");

        Assert.Equal([postId], (await Integrator.ItemsAsync($"/api/themes/{themeId}/posts")).Select(p => p.Id()));
    }

    [Fact]
    public async Task an_unknown_post_is_not_found()
    {
        var (_, member) = await MemberAsync();

        await (await member.GetAsync($"/api/posts/{Guid.NewGuid()}")).ShouldBeUnknownAsync();
    }
}
