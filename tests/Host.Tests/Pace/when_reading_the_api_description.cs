using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Pacing;

public sealed class when_reading_the_api_description(ForumFixture fixture) : ForumTest(fixture)
{
    /// <summary>Clients must know that a participant's call may only be recorded (202), not carried out (200).</summary>
    [Fact]
    public async Task the_pace_switch_documents_both_the_switch_and_the_waiting_request()
    {
        var document = await Anonymous.ReadAsync<JsonElement>("/openapi/v1.json");

        var responses = document.GetProperty("paths").GetProperty("/api/themes/{id}/pace").GetProperty("post").GetProperty("responses");

        Assert.True(responses.TryGetProperty("200", out _));
        Assert.True(responses.TryGetProperty("202", out _));
    }
}
