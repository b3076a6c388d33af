using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Posts;

public sealed class when_retracting_a_post(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_author_retracts_it_and_its_text_is_gone()
    {
        var (_, postId, author) = await AuthorOfAPostAsync("Det burde jeg ikke have skrevet");

        await (await author.DeleteAsync($"/api/posts/{postId}")).ShouldHaveStatusAsync(204);

        var post = await author.PostAsync(postId);
        Assert.Equal(JsonValueKind.Null, post.GetProperty("text").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, post.GetProperty("retractedAt").ValueKind);
    }

    [Fact]
    public async Task retracting_twice_is_a_conflict_and_so_are_editing_and_replying_afterwards()
    {
        var (themeId, postId, author) = await AuthorOfAPostAsync("Tekst");
        await (await author.DeleteAsync($"/api/posts/{postId}")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        var problem = await (await author.DeleteAsync($"/api/posts/{postId}")).ShouldBeProblemAsync(409);
        await (await author.PutAsync($"/api/posts/{postId}", new { text = "Igen", version = 2 })).ShouldBeProblemAsync(409);
        await (await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Svar", replyTo = postId })).ShouldBeProblemAsync(409);

        Assert.Contains("allerede trukket tilbage", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task nobody_else_may_retract_it()
    {
        var (themeId, postId, author) = await AuthorOfAPostAsync("Tekst");
        var (otherId, other) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        await other.AddParticipantAsync(themeId, otherId);

        await (await other.DeleteAsync($"/api/posts/{postId}")).ShouldBeProblemAsync(403);

        Assert.Equal("Tekst", (await author.PostAsync(postId)).Str("text"));
    }
}
