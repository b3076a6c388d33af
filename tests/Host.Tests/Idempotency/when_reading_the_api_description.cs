using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Idempotency;

public sealed class when_reading_the_api_description(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task every_post_under_api_offers_the_idempotency_key_header()
    {
        var document = await Anonymous.ReadAsync<JsonElement>("/openapi/v1.json");

        var posts = document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/api/") && path.Value.TryGetProperty("post", out _))
            .Select(path => path.Value.GetProperty("post")).ToList();

        Assert.NotEmpty(posts);
        Assert.All(posts, post => Assert.Contains(post.GetProperty("parameters").EnumerateArray(),
            p => p.Text("name") == "Idempotency-Key" && p.Text("in") == "header"));
    }
}
