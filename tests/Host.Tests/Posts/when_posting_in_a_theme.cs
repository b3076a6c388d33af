using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Posts;

public sealed class when_posting_in_a_theme(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_participant_starts_a_thread_and_another_replies_in_it()
    {
        var (authorId, author) = await MemberAsync();
        var (replierId, replier) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var themeId = await author.OpenThemeAsync();
        await replier.AddParticipantAsync(themeId, replierId);

        var threadId = await author.PublishAsync(themeId, "  Vi har prøvet firedages arbejdsuge i ældreplejen.  ");
        var replyId = await replier.PublishAsync(themeId, "Hvordan gik det med vagtplanerne?", threadId);

        var thread = await author.PostAsync(threadId);
        Assert.Equal("Vi har prøvet firedages arbejdsuge i ældreplejen.", thread.Str("text"));
        Assert.Equal(authorId, thread.GetProperty("author").Id());
        Assert.Equal("Mette Holm", thread.GetProperty("author").Str("name"));
        Assert.Equal(threadId, thread.Id("threadId"));
        Assert.Equal(JsonValueKind.Null, thread.GetProperty("replyTo").ValueKind);

        var reply = await author.PostAsync(replyId);
        Assert.Equal((replierId, "Anne Berg", "region"), (reply.GetProperty("author").Id(), reply.GetProperty("author").Str("name"), reply.GetProperty("author").Str("level")));
        Assert.Equal(threadId, reply.Id("threadId"));
        Assert.Equal(threadId, reply.Id("replyTo"));
    }

    [Fact]
    public async Task a_reply_to_a_reply_stays_in_the_thread()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var threadId = await member.PublishAsync(themeId, "Tråd");
        var replyId = await member.PublishAsync(themeId, "Svar", threadId);

        var answerId = await member.PublishAsync(themeId, "Svar på svar", replyId);

        var answer = await member.PostAsync(answerId);
        Assert.Equal(threadId, answer.Id("threadId"));
        Assert.Equal(replyId, answer.Id("replyTo"));
    }

    [Fact]
    public async Task a_member_who_does_not_take_part_may_not_post_and_nothing_is_written()
    {
        var (_, outsider) = await MemberAsync();
        var themeId = await Secretariat.OpenThemeAsync("forum");
        var before = await EventCountAsync();

        var problem = await (await outsider.PostAsync($"/api/themes/{themeId}/posts", new { text = "Hej" })).ShouldBeProblemAsync(403);

        Assert.Contains("deltage i temaet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task nobody_posts_in_an_archived_theme_and_nothing_is_written()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        await (await member.PostAsync($"/api/themes/{themeId}/archive")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync($"/api/themes/{themeId}/posts", new { text = "For sent" })).ShouldBeProblemAsync(409);
        await (await Secretariat.PostAsync($"/api/themes/{themeId}/posts", new { text = "For sent" })).ShouldBeProblemAsync(409);

        Assert.Contains("arkiveret", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_reply_to_a_post_that_is_not_in_the_theme_is_invalid()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync(title: "Første");
        var otherThemeId = await member.OpenThemeAsync(title: "Andet");
        var elsewhere = await member.PublishAsync(otherThemeId, "Et andet sted");
        var before = await EventCountAsync();

        var unknown = await (await member.PostAsync($"/api/themes/{themeId}/posts", new { text = "Svar", replyTo = Guid.NewGuid() }))
            .ShouldBeProblemAsync(400);
        await (await member.PostAsync($"/api/themes/{themeId}/posts", new { text = "Svar", replyTo = elsewhere })).ShouldBeProblemAsync(400);

        Assert.Contains("findes ikke i dette tema", unknown.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_post_needs_a_text()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();

        var problem = await (await member.PostAsync($"/api/themes/{themeId}/posts", new { text = "" })).ShouldBeProblemAsync(400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task a_closed_theme_is_not_found_for_an_outsider()
    {
        var (_, opener) = await MemberAsync();
        var (_, outsider) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var themeId = await opener.OpenThemeAsync("closed");

        await (await outsider.PostAsync($"/api/themes/{themeId}/posts", new { text = "Hej" })).ShouldBeProblemAsync(404);
        await (await outsider.PostAsync($"/api/themes/{Guid.NewGuid()}/posts", new { text = "Hej" })).ShouldBeProblemAsync(404);
    }
}
