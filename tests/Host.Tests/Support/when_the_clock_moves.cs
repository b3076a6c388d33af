namespace Politikerforum.Host.Tests.Support;

/// <summary>The fake clock drives the forum's rules, not the validity of the caller's token.</summary>
public sealed class when_the_clock_moves(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task events_carry_the_forums_time_and_tokens_still_count()
    {
        var before = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromDays(30));

        var id = await Secretariat.CreateAsync("/api/themes", new { title = "Tid", description = "Uret går", visibility = "public" });

        var theme = await Secretariat.ReadAsync<System.Text.Json.JsonElement>($"/api/themes/{id}");
        Assert.True(theme.GetProperty("openedAt").GetDateTimeOffset() >= before.AddDays(30));
    }
}
