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

    [Fact]
    public async Task enums_are_described_by_the_names_the_api_reads_and_writes()
    {
        var schemas = (await Anonymous.ReadAsync<JsonElement>("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        Assert.Equal(["public", "forum", "chatham-house"], schemas.GetProperty("Confidentiality").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["kommune", "region", "folketing", "europaparlamentet"],
            schemas.GetProperty("ProposeExperiment").GetProperty("properties").GetProperty("levels").GetProperty("items").GetProperty("enum")
                .EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task it_names_the_configured_public_address_as_its_server_and_never_the_callers_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json") { Headers = { Host = "evil.example.com" } };
        var response = await Host.Server.CreateClient().SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        await response.ShouldHaveStatusAsync(200);
        Assert.DoesNotContain("evil.example.com", text);
        var servers = JsonDocument.Parse(text).RootElement.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString());
        Assert.Equal([ForumSettings.PublicUrl], servers);
    }
}
