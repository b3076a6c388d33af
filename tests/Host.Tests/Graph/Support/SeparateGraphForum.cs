using System.Text;
using Alba;
using JasperFx.Core;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Graph;
using Politikerforum.Integrations.Graph.Subscriptions;
using Wolverine;
using Wolverine.Runtime;
using Wolverine.Tracking;
using Wolverine.Transports;

namespace Politikerforum.Host.Tests.Graph.Support;

/// <summary>
/// A forum database and a fake Graph of their own, for Graph tests that start and stop forum hosts (a restart) or need
/// settings the shared host does not have (a certificate). Each host is configured as the shared fixture's, on this database.
/// </summary>
public sealed class SeparateGraphForum : IAsyncDisposable
{
    private readonly SeparateForum _database;

    private SeparateGraphForum(SeparateForum database, FakeGraph graph) => (_database, Graph) = (database, graph);

    public FakeGraph Graph { get; }

    public static async Task<SeparateGraphForum> CreateAsync() => new(await SeparateForum.CreateAsync(), await FakeGraph.StartAsync());

    public Task<IAlbaHost> StartHostAsync(Action<IWebHostBuilder>? configure = null) => _database.StartHostAsync(builder =>
    {
        ForumFixture.Configure(builder, _database.ConnectionString, Graph);
        configure?.Invoke(builder);
    });

    public static Caller Secretariat(IAlbaHost host) => new(host, Tokens.For("secretariat", "secretariat-oid"));

    /// <summary>Links a new theme to the channel and waits until the channel is followed: subscribed and caught up.</summary>
    public static async Task<(Guid Theme, WatchedChannel Channel)> LinkedThemeAsync(IAlbaHost host, string channelId)
    {
        var secretariat = Secretariat(host);
        var theme = await secretariat.OpenThemeAsync();
        await Track(host).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            await (await secretariat.PutAsync($"/api/themes/{theme}/teams-channel", new { teamId = FakeGraph.TeamId, channelId })).ShouldHaveStatusAsync(204)));
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var channel = await session.LoadAsync<WatchedChannel>(channelId);
        Assert.True(channel is { SubscriptionId: not null, DeltaLink: not null }, "The linked channel was not followed.");
        return (theme, channel!);
    }

    public static async Task<HttpResponseMessage> NotifyAsync(IAlbaHost host, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graph/notifications") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await host.Server.CreateClient().SendAsync(request);
    }

    public static TrackedSessionConfiguration Track(IAlbaHost host) => host.TrackActivity().Timeout(60.Seconds()).DoNotAssertOnExceptionsDetected();

    /// <summary>The Graph work stops being carried out on this host: what is accepted stays in the durable inbox.</summary>
    public static async Task PauseGraphWorkAsync(IAlbaHost host)
    {
        var runtime = host.Services.GetRequiredService<IWolverineRuntime>();
        for (var i = 1; i <= GraphIntegration.QueueCount; i++)
            await ((IListenerCircuit)runtime.Endpoints.AgentForLocalQueue($"{GraphIntegration.Queues}{i}")).PauseAsync(TimeSpan.FromHours(1));
    }

    public async ValueTask DisposeAsync()
    {
        await Graph.DisposeAsync();
        await _database.DisposeAsync();
    }
}
