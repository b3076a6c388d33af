using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Idempotency;

public sealed class when_retrying_a_post_with_an_idempotency_key(ForumFixture fixture) : ForumTest(fixture)
{
    private static string NewKey() => Guid.NewGuid().ToString();

    private async Task<(Guid ThemeId, Caller Author)> ThemeAsync()
    {
        var (_, author) = await MemberAsync();
        return (await author.OpenThemeAsync(), author);
    }

    [Fact]
    public async Task the_retry_gets_the_first_answer_and_nothing_is_written_twice()
    {
        var (themeId, author) = await ThemeAsync();
        var key = NewKey();
        var first = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Første udkast" }, key);
        await first.ShouldHaveStatusAsync(201);
        var afterFirst = await EventCountAsync();

        var retry = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Første udkast" }, key);

        await retry.ShouldHaveStatusAsync(201);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Content.Headers.ContentType, retry.Content.Headers.ContentType);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(afterFirst, await EventCountAsync());
        Assert.Single(await author.ItemsAsync($"/api/themes/{themeId}/posts"));
    }

    [Fact]
    public async Task the_same_key_with_another_body_is_422_and_nothing_is_written()
    {
        var (themeId, author) = await ThemeAsync();
        var key = NewKey();
        await (await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Første udkast" }, key)).ShouldHaveStatusAsync(201);
        var before = await EventCountAsync();

        var problem = await (await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Andet udkast" }, key)).ShouldBeProblemAsync(422);

        Assert.Contains("Idempotency-Key", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task another_caller_with_the_same_key_is_served_on_their_own()
    {
        var (themeId, author) = await ThemeAsync();
        var (otherId, other) = await MemberAsync(name: "Anne Lund");
        await other.AddParticipantAsync(themeId, otherId);
        var key = NewKey();

        var mine = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Samme tekst" }, key);
        var theirs = await other.PostAsync($"/api/themes/{themeId}/posts", new { text = "Samme tekst" }, key);

        await mine.ShouldHaveStatusAsync(201);
        await theirs.ShouldHaveStatusAsync(201);
        Assert.NotEqual(mine.Headers.Location, theirs.Headers.Location);
        Assert.Equal(2, (await author.ItemsAsync($"/api/themes/{themeId}/posts")).Length);
    }

    [Fact]
    public async Task a_key_is_remembered_for_24_hours_and_then_forgotten()
    {
        var (themeId, author) = await ThemeAsync();
        var key = NewKey();
        var first = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Første udkast" }, key);
        await first.ShouldHaveStatusAsync(201);

        Clock.Advance(TimeSpan.FromHours(23));
        var withinADay = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Første udkast" }, key);
        Assert.Equal(first.Headers.Location, withinADay.Headers.Location);

        Clock.Advance(TimeSpan.FromHours(1));
        var before = await EventCountAsync();
        var nextDay = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Første udkast" }, key);

        await nextDay.ShouldHaveStatusAsync(201);
        Assert.NotEqual(first.Headers.Location, nextDay.Headers.Location);
        Assert.Equal(before + 1, await EventCountAsync());
    }

    [Fact]
    public async Task posts_without_a_key_are_each_carried_out()
    {
        var (themeId, author) = await ThemeAsync();

        var first = await author.PublishAsync(themeId, "Samme tekst");
        var second = await author.PublishAsync(themeId, "Samme tekst");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task a_refusal_is_remembered_as_it_was_given()
    {
        var (themeId, author) = await ThemeAsync();
        var key = NewKey();
        var first = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "" }, key);
        var original = await first.ShouldBeProblemAsync(400);

        var retry = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "" }, key);

        // The same problem, but for the trace id: each attempt is traced on its own.
        var again = await retry.ShouldBeProblemAsync(400);
        Assert.Equal(original.Detail(), again.Detail());
        Assert.Equal(original.GetProperty("errors").GetRawText(), again.GetProperty("errors").GetRawText());
    }

    [Theory]
    [InlineData(256, 400)]
    [InlineData(255, 201)]
    public async Task a_key_may_be_at_most_255_characters(int length, int status)
    {
        var (themeId, author) = await ThemeAsync();
        var before = await EventCountAsync();

        var response = await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Første udkast" }, new string('k', length));

        await response.ShouldHaveStatusAsync(status);
        Assert.Equal(status == 201 ? before + 1 : before, await EventCountAsync());
    }

    /// <summary>Marked in the events' own transaction, so a node that dies before remembering the answer cannot cause a second write.</summary>
    [Fact]
    public async Task the_key_is_marked_as_carried_out_together_with_the_events()
    {
        var (themeId, author) = await ThemeAsync();
        var key = NewKey();
        var refused = NewKey();
        await (await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Første udkast" }, key)).ShouldHaveStatusAsync(201);
        await (await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "" }, refused)).ShouldHaveStatusAsync(400);

        Assert.True(await CommittedAsync(key));
        Assert.False(await CommittedAsync(refused));
    }

    private async Task<bool> CommittedAsync(string key)
    {
        await using var command = Host.Services.GetRequiredService<NpgsqlDataSource>()
            .CreateCommand("select committed from forum.command_keys where key = $1");
        command.Parameters.Add(new() { Value = key });
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
