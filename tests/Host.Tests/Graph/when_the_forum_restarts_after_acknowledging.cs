using Marten;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Graph;
using Wolverine.Runtime;

namespace Politikerforum.Host.Tests.Graph;

/// <summary>
/// Graph is answered 202 and will not send the notification again; the host stops before the message is imported. The
/// next host on the same database imports it, once: the notification was stored durably before the answer.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed class when_the_forum_restarts_after_acknowledging
{
    [Fact]
    public async Task the_accepted_notification_is_imported_exactly_once_by_the_next_host()
    {
        await using var forum = await SeparateGraphForum.CreateAsync();
        var channelId = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var start = forum.Graph.Write(channelId, "<p>Hvordan klarer vi vinteren?</p>", "oid-start");
        // A reply: the catch-up at every start reads the threads that changed (delta lists thread starts), so it cannot
        // bring this reply in by itself — only the accepted notification can.
        FakeChannelMessage reply;
        FakeGraph.Hold fetch;

        var first = await forum.StartHostAsync();
        try
        {
            var (_, channel) = await SeparateGraphForum.LinkedThemeAsync(first, channelId);
            reply = forum.Graph.Write(channelId, "<p>Med flere hænder i hjemmeplejen.</p>", "oid-reply", replyToId: start.Id);
            // The stop comes after the answer and before the import: this host carries out no Graph work any more, and a
            // fetch of the reply that got out anyway (in-memory work, not the durable queue) is held until the host is gone.
            await SeparateGraphForum.PauseGraphWorkAsync(first);
            fetch = forum.Graph.HoldCalls("GET", $"/replies/{reply.Id}");

            var response = await SeparateGraphForum.NotifyAsync(first, GraphTest.Delivery(GraphTest.NotificationOf(channel, reply)));

            Assert.Equal(202, (int)response.StatusCode);
            Assert.Null(await PostAsync(first, channelId, reply.Id));
        }
        finally
        {
            await first.DisposeAsync();
        }
        // Whatever the first host set off with the reply ends without it: Graph answers as if it were gone.
        fetch.Release(404);

        await using var second = await forum.StartHostAsync();
        await Poll.UntilAsync(async () => await PostAsync(second, channelId, reply.Id) is not null && !await ImportWaitingAsync(second),
            TimeSpan.FromSeconds(90), () => "The reply accepted before the restart was never imported.");

        var post = (await PostAsync(second, channelId, reply.Id))!;
        Assert.Equal("Med flere hænder i hjemmeplejen.", post.Text);
        await using var session = second.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Single((await session.Events.FetchStreamAsync(post.Id)).Select(e => e.Data).OfType<PostPublished>());
        Assert.Single(forum.Graph.CallsTo("GET", $"/replies/{reply.Id}"), c => c.Status == 200);
    }

    private static async Task<Post?> PostAsync(Alba.IAlbaHost host, string channelId, string messageId)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<Post>(FromTeams.PostIdOf(channelId, messageId));
    }

    /// <summary>An accepted notification still in the durable inbox, not yet carried out.</summary>
    private static async Task<bool> ImportWaitingAsync(Alba.IAlbaHost host) =>
        (await host.Services.GetRequiredService<IWolverineRuntime>().Storage.Admin.AllIncomingAsync())
        .Any(e => e.Status != Wolverine.EnvelopeStatus.Handled && e.MessageType?.Contains(nameof(ImportChannelMessage), StringComparison.OrdinalIgnoreCase) == true);
}
