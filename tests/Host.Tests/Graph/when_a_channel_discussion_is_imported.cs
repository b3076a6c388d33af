using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>What members write in a theme's linked Teams channel becomes the theme's posts, with the right authors, once.</summary>
public sealed class when_a_channel_discussion_is_imported(ForumFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task a_message_becomes_a_post_by_the_member_who_wrote_it_with_mentions_kept_as_member_references()
    {
        var (themeId, channelId) = await LinkedThemeAsync();
        var (authorId, _) = await MemberAsync("Mette Holm", objectId: "oid-mette");
        var (anneId, _) = await MemberAsync("Anne Lund", "region", "Region Midtjylland", objectId: "oid-anne");
        var message = Graph.Write(channelId, "<p>Hej <at id=\"0\">Anne Lund</at> &amp; <at id=\"1\">Ole Udenfor</at>,</p><p>se <b>bilaget</b><script>alert(1)</script></p>",
            "oid-mette");
        message.Mentions = [(0, "Anne Lund", "oid-anne"), (1, "Ole Udenfor", "oid-stranger")];

        var (response, _) = await DeliverAsync(Delivery(NotificationOf(await WatchedAsync(channelId), message)));

        Assert.Equal(202, (int)response.StatusCode);
        var post = Assert.Single(await PostsAsync(themeId));
        Assert.Equal(authorId, post.AuthorId);
        Assert.Equal("Hej @Anne Lund & @ukendt teams-bruger,\n\nse bilaget", post.Text);
        Assert.Equal([anneId], post.Mentions);
        Assert.Equal(new FromTeams(channelId, message.Id, message.Modified), post.Teams);
        var timeline = await Secretariat.ReadAsync<JsonElement>($"/api/themes/{themeId}/timeline");
        Assert.Contains(timeline.GetProperty("items").EnumerateArray(), e =>
            e.Text("summary")!.StartsWith("Startede en tråd i Teams: »Hej @Anne Lund") && e.GetProperty("actor").Text("name") == "Mette Holm");
    }

    [Fact]
    public async Task a_writer_the_forum_does_not_know_is_an_unknown_teams_user_and_nothing_of_them_is_kept()
    {
        var (themeId, channelId) = await LinkedThemeAsync();
        var message = Graph.Write(channelId, "Et indlæg fra en gæst", "oid-guest-4711");

        await DeliverAsync(Delivery(NotificationOf(await WatchedAsync(channelId), message)));

        var post = Assert.Single(await PostsAsync(themeId));
        Assert.Equal(UnknownTeamsUser.Id, post.AuthorId);
        var shown = await Secretariat.ReadAsync<JsonElement>($"/api/themes/{themeId}/timeline");
        Assert.Contains(shown.GetProperty("items").EnumerateArray(), e => e.GetProperty("actor").Text("name") == "Ukendt Teams-bruger");
        await using var session = Store.QuerySession();
        var stored = string.Join("\n", (await session.Events.FetchStreamAsync(post.Id)).Select(e => JsonSerializer.Serialize(e.Data, e.Data.GetType())));
        Assert.DoesNotContain("oid-guest-4711", stored);
        Assert.DoesNotContain("Navn fra Teams", stored);
    }

    [Fact]
    public async Task a_burst_of_duplicate_and_late_notifications_ends_in_the_newest_text_imported_once()
    {
        var (themeId, channelId) = await LinkedThemeAsync();
        await MemberAsync(objectId: "oid-burst");
        var channel = await WatchedAsync(channelId);
        var message = Graph.Write(channelId, "Første udkast", "oid-burst");
        var created = NotificationOf(channel, message);
        Graph.Change(message.Id, m => m.Html = "Andet udkast");
        var firstEdit = NotificationOf(channel, message, "updated");
        Graph.Change(message.Id, m => m.Html = "Endelig tekst");
        var lastEdit = NotificationOf(channel, message, "updated");

        // Out of order and twice over, in one delivery and in several at once.
        await DeliverAsync(Delivery(lastEdit, created, firstEdit, created, lastEdit));
        await Track().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(_ =>
            Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostToAsync("/api/graph/notifications", Delivery(firstEdit, created))))));

        var post = Assert.Single(await PostsAsync(themeId));
        Assert.Equal("Endelig tekst", post.Text);
        Assert.Single(await EventsOfAsync(post.Id));

        Graph.Change(message.Id, m => m.Html = "Rettet bagefter");
        var later = NotificationOf(channel, message, "updated");
        await DeliverAsync(Delivery(later, created, later));
        Assert.Equal("Rettet bagefter", Assert.Single(await PostsAsync(themeId)).Text);
        Assert.Equal(2, (await EventsOfAsync(post.Id)).Count);

        Graph.Change(message.Id, m => m.Deleted = m.Modified.AddSeconds(1));
        await DeliverAsync(Delivery(NotificationOf(channel, message, "deleted"), later));
        var events = await EventsOfAsync(post.Id);
        Assert.Equal([typeof(PostPublished), typeof(PostEdited), typeof(PostRetracted)], events.Select(e => e.GetType()));
        Assert.Null(Assert.Single(await PostsAsync(themeId)).Text);
    }

    [Fact]
    public async Task a_reply_stays_under_its_thread_and_the_bots_own_messages_are_not_imported()
    {
        var (themeId, channelId) = await LinkedThemeAsync();
        var channel = await WatchedAsync(channelId);
        var root = Graph.Write(channelId, "Hvem har erfaring med flextrafik?", "oid-root");
        var reply = Graph.Write(channelId, "Det har vi i Aarhus", "oid-reply", replyToId: root.Id);
        var botNotice = Graph.Write(channelId, "Hurtig handling", null);
        botNotice.FromApplicationId = "6f2c1b0e-5a4d-4c3b-9e8f-7a6b5c4d3e2f";

        await DeliverAsync(Delivery(NotificationOf(channel, root), NotificationOf(channel, botNotice)));
        await DeliverAsync(Delivery(NotificationOf(channel, reply)));

        var posts = await PostsAsync(themeId);
        Assert.Equal(2, posts.Count);
        var (thread, answer) = (posts.Single(p => p.Teams!.MessageId == root.Id), posts.Single(p => p.Teams!.MessageId == reply.Id));
        Assert.Equal(thread.Id, answer.ReplyTo);
        Assert.Equal(thread.Id, answer.ThreadId);
    }

    [Fact]
    public async Task an_imported_post_is_edited_in_teams_not_in_the_forum()
    {
        var (themeId, channelId) = await LinkedThemeAsync();
        var (_, author) = await MemberAsync(objectId: "oid-editor");
        var message = Graph.Write(channelId, "Skrevet i Teams", "oid-editor");
        await DeliverAsync(Delivery(NotificationOf(await WatchedAsync(channelId), message)));
        var post = Assert.Single(await PostsAsync(themeId));

        var problem = await (await author.PutAsync($"/api/posts/{post.Id}", new { text = "Rettet her", version = 1 })).ShouldBeProblemAsync(409);

        Assert.Contains("Teams", problem.Detail());
    }
}
