using Politikerforum.Domain;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>
/// Imported Teams messages find their writer through the registry the host remembers (<see cref="RegistryCache"/>), as the
/// HTTP door and the bot do; and a writer who is erased is nobody the forum knows on their very next message.
/// </summary>
public sealed class when_a_channel_writer_is_remembered(ForumFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task a_writer_once_imported_is_remembered()
    {
        await HearingRegistryChangesAsync();
        var (themeId, channelId) = await LinkedThemeAsync();
        var (authorId, _) = await MemberAsync("Mette Holm", objectId: "oid-remembered");

        var channel = await WatchedAsync(channelId);
        var written = 0;

        await RememberedAsync("oid-remembered",
            () => DeliverAsync(Delivery(NotificationOf(channel, Graph.Write(channelId, $"Indlæg {++written}", "oid-remembered")))),
            "the import asked the registry without remembering the answer");

        var posts = await PostsAsync(themeId);
        Assert.Equal(written, posts.Count);
        Assert.All(posts, post => Assert.Equal(authorId, post.AuthorId));
    }

    [Fact]
    public async Task an_erased_writer_is_an_unknown_teams_user_on_their_very_next_message()
    {
        await HearingRegistryChangesAsync();
        var (themeId, channelId) = await LinkedThemeAsync();
        var (authorId, _) = await MemberAsync("Mette Holm", objectId: "oid-erased-writer");
        var channel = await WatchedAsync(channelId);
        await DeliverAsync(Delivery(NotificationOf(channel, Graph.Write(channelId, "Før sletningen", "oid-erased-writer"))));
        Assert.Equal(authorId, Assert.Single(await PostsAsync(themeId)).AuthorId);

        await (await Secretariat.PostAsync($"/api/members/{authorId}/erasure", new { reason = "Anmodning efter artikel 17" })).ShouldHaveStatusAsync(200);
        await DeliverAsync(Delivery(NotificationOf(channel, Graph.Write(channelId, "Efter sletningen", "oid-erased-writer"))));

        var after = Assert.Single(await PostsAsync(themeId), p => p.Text == "Efter sletningen");
        Assert.Equal(UnknownTeamsUser.Id, after.AuthorId);
    }
}
