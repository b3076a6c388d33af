using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Idempotency;

public sealed class when_the_same_request_arrives_twice_at_once(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task exactly_one_post_is_written()
    {
        var (_, author) = await MemberAsync();
        var themeId = await author.OpenThemeAsync();
        var key = Guid.NewGuid().ToString();
        var before = await EventCountAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Sendt to gange" }, key)));

        // Whoever came second either waited out the first (same answer) or was told it is still running.
        Assert.All(responses, r => Assert.Contains((int)r.StatusCode, new[] { 201, 409 }));
        var created = responses.Where(r => (int)r.StatusCode == 201).ToList();
        Assert.NotEmpty(created);
        Assert.Single(created.Select(r => r.Headers.Location).Distinct());
        Assert.Single(await author.ItemsAsync($"/api/themes/{themeId}/posts"));
        Assert.Equal(before + 1, await EventCountAsync());
    }
}
