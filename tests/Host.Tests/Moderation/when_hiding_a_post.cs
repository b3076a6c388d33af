using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Moderation;

public sealed class when_hiding_a_post(ForumFixture fixture) : ModerationTest(fixture)
{
    private const string Text = "Borgmesteren i nabokommunen er en idiot";

    [Fact]
    public async Task only_the_author_and_the_secretariat_still_see_it()
    {
        var (themeId, postId, author) = await AuthorOfAPostAsync(Text);
        var (colleagueId, colleague) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        await colleague.AddParticipantAsync(themeId, colleagueId);
        var staff = await StaffAsync();

        await staff.HideAsync($"/api/posts/{postId}", "Personangreb");

        var own = await author.PostAsync(postId);
        Assert.Equal(Text, own.Str("text"));
        Assert.Equal("Personangreb", own.GetProperty("hidden").Str("reason"));
        Assert.Equal(Clock.GetUtcNow(), own.GetProperty("hidden").GetProperty("hiddenAt").GetDateTimeOffset());
        Assert.Equal("Personangreb", (await Secretariat.PostAsync(postId)).GetProperty("hidden").Str("reason"));
        await (await colleague.GetAsync($"/api/posts/{postId}")).ShouldBeProblemAsync(404);

        Assert.Empty(await colleague.ItemsAsync($"/api/themes/{themeId}/posts"));
        Assert.Single(await author.ItemsAsync($"/api/themes/{themeId}/posts"));
        Assert.Single(await Admin.ItemsAsync($"/api/themes/{themeId}/posts"));
        Assert.Empty(await colleague.SearchIdsAsync("nabokommunen"));
        await (await colleague.PostAsync($"/api/themes/{themeId}/posts", new { text = "Svar", replyTo = postId })).ShouldBeProblemAsync(400);
        Assert.Empty(await staff.SearchIdsAsync("nabokommunen"));
    }

    [Fact]
    public async Task the_timeline_keeps_the_entry_but_not_the_text_and_says_who_hid_it_and_why()
    {
        var (themeId, postId, author) = await AuthorOfAPostAsync(Text);
        var (_, reader) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var staff = await StaffAsync();
        await (await author.PutAsync($"/api/posts/{postId}", new { text = Text + "!", version = 1 })).ShouldHaveStatusAsync(200);

        await staff.HideAsync($"/api/posts/{postId}", "Personangreb");

        var seen = await reader.TimelineAsync(themeId);
        var ofPost = seen.Where(e => e.About(postId)).ToArray();
        Assert.Equal(["post.published", "post.edited", "post.hidden"], ofPost.Select(e => e.Str("type")));
        Assert.All(seen, e => Assert.DoesNotContain("nabokommunen", e.GetRawText()));
        Assert.Equal("Skjulte et indlæg med begrundelsen »Personangreb«", ofPost[2].Str("summary"));
        Assert.Equal(StaffName, ofPost[2].GetProperty("actor").Str("name"));

        Assert.Contains(await author.TimelineAsync(themeId), e => e.Str("summary").Contains("nabokommunen"));
        Assert.Contains(await Secretariat.TimelineAsync(themeId), e => e.Str("summary").Contains("nabokommunen"));
    }

    [Fact]
    public async Task restoring_shows_it_to_everyone_again()
    {
        var (themeId, postId, _) = await AuthorOfAPostAsync(Text);
        var (_, reader) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        await Secretariat.HideAsync($"/api/posts/{postId}");

        await Admin.RestoreAsync($"/api/posts/{postId}");

        var post = await reader.PostAsync(postId);
        Assert.Equal(JsonValueKind.Null, post.GetProperty("hidden").ValueKind);
        Assert.Single(await reader.ItemsAsync($"/api/themes/{themeId}/posts"));
        Assert.Single(await reader.SearchIdsAsync("nabokommunen"));
        var timeline = await reader.TimelineAsync(themeId);
        Assert.Contains(timeline, e => e.Str("summary") == $"Startede en tråd: »{Text}«");
        Assert.Equal("Gjorde et skjult indlæg synligt igen", timeline[^1].Str("summary"));
    }

    [Fact]
    public async Task hiding_twice_or_restoring_a_visible_post_is_a_conflict()
    {
        var (_, postId, _) = await AuthorOfAPostAsync(Text);
        await (await Secretariat.PostAsync($"/api/posts/{postId}/restore")).ShouldBeProblemAsync(409);
        await Secretariat.HideAsync($"/api/posts/{postId}");
        var before = await EventCountAsync();

        await (await Admin.PostAsync($"/api/posts/{postId}/hide", new { reason = "Igen" })).ShouldBeProblemAsync(409);

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task members_and_integrators_may_not_and_outsiders_do_not_find_it()
    {
        var (_, opener) = await MemberAsync();
        var publicTheme = await opener.OpenThemeAsync("public");
        var closedTheme = await opener.OpenThemeAsync("closed");
        var inPublic = await opener.PublishAsync(publicTheme, Text);
        var inClosed = await opener.PublishAsync(closedTheme, Text);
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var before = await EventCountAsync();

        await (await opener.PostAsync($"/api/posts/{inPublic}/hide", new { reason = "Fortrudt" })).ShouldBeProblemAsync(403);
        await (await Integrator.PostAsync($"/api/posts/{inPublic}/hide", new { reason = "R" })).ShouldBeProblemAsync(403);
        await (await outsider.PostAsync($"/api/posts/{inClosed}/hide", new { reason = "R" })).ShouldBeProblemAsync(404);
        await (await Integrator.PostAsync($"/api/posts/{inClosed}/restore")).ShouldBeProblemAsync(404);
        await (await Secretariat.PostAsync($"/api/posts/{Guid.NewGuid()}/hide", new { reason = "R" })).ShouldBeProblemAsync(404);
        await (await Anonymous.PostAsync($"/api/posts/{inPublic}/hide", new { reason = "R" })).ShouldHaveStatusAsync(401);

        Assert.Equal(before, await EventCountAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task a_reason_is_required(string? reason)
    {
        var (_, postId, _) = await AuthorOfAPostAsync(Text);
        var before = await EventCountAsync();

        var problem = await (await Secretariat.PostAsync($"/api/posts/{postId}/hide", new { reason })).ShouldBeProblemAsync(400);

        Assert.Equal("Angiv, hvorfor indholdet skjules.", problem.FieldError("reason"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_reason_of_more_than_a_thousand_characters_is_refused()
    {
        var (_, postId, _) = await AuthorOfAPostAsync(Text);

        var problem = await (await Secretariat.PostAsync($"/api/posts/{postId}/hide", new { reason = new string('x', 1_001) })).ShouldBeProblemAsync(400);

        Assert.Contains("1.000", problem.FieldError("reason"));
    }
}
