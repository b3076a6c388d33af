using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Posts;

public sealed class when_editing_a_post(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_author_edits_their_own_post()
    {
        var (_, postId, author) = await AuthorOfAPostAsync();

        await (await author.PutAsync($"/api/posts/{postId}", new { text = "Rettet tekst", version = 1 })).ShouldHaveStatusAsync(200);

        var post = await author.PostAsync(postId);
        Assert.Equal("Rettet tekst", post.Str("text"));
        Assert.Equal(2, post.GetProperty("version").GetInt32());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, post.GetProperty("editedAt").ValueKind);
    }

    [Fact]
    public async Task a_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var (_, postId, author) = await AuthorOfAPostAsync();
        await (await author.PutAsync($"/api/posts/{postId}", new { text = "Anden udgave", version = 1 })).ShouldHaveStatusAsync(200);
        var before = await EventCountAsync();

        await (await author.PutAsync($"/api/posts/{postId}", new { text = "Tredje udgave", version = 1 })).ShouldBeProblemAsync(409);

        Assert.Equal(before, await EventCountAsync());
        Assert.Equal("Anden udgave", (await author.PostAsync(postId)).Str("text"));
    }

    [Fact]
    public async Task nobody_else_may_edit_it()
    {
        var (_, postId, author) = await AuthorOfAPostAsync();
        var (_, other) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");

        var problem = await (await other.PutAsync($"/api/posts/{postId}", new { text = "Mit nu", version = 1 })).ShouldBeProblemAsync(403);
        await (await Secretariat.PutAsync($"/api/posts/{postId}", new { text = "Mit nu", version = 1 })).ShouldBeProblemAsync(403);

        Assert.Contains("dine egne indlæg", problem.Detail());
        Assert.Equal("Første udkast", (await author.PostAsync(postId)).Str("text"));
    }

    [Fact]
    public async Task an_unknown_post_is_not_found()
    {
        var (_, member) = await MemberAsync();

        await (await member.PutAsync($"/api/posts/{Guid.NewGuid()}", new { text = "X", version = 1 })).ShouldBeProblemAsync(404);
    }
}
