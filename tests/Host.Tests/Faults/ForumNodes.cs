using System.Text.RegularExpressions;
using Npgsql;
using Politikerforum.Host.Tests.Operations;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Webhooks;

namespace Politikerforum.Host.Tests.Faults;

/// <summary>
/// Forum hosts as processes of their own on one database, as servers run them, so that a test can <c>kill -9</c> one: the
/// built host in Staging (pre-generated code, tokens from a stand-in for Entra ID, the schema applied once with
/// <c>db-apply</c>), Wolverine in its multi-node mode with the nodes taking one another for dead after 3 s instead of a
/// minute, and webhooks allowed to 127.0.0.1 with quick retries.
/// </summary>
public sealed partial class ForumNodes : IAsyncDisposable
{
    private const string Audience = "api://politikerforum";
    private readonly FakeEntra _entra;
    private readonly List<HostProcess> _nodes = [];
    private readonly Dictionary<string, string> _environment;
    private ScratchDatabase? _database;

    private ForumNodes(string connectionString, FakeEntra entra)
    {
        (ConnectionString, _entra) = (connectionString, entra);
        _environment = new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Staging",
            ["ConnectionStrings__Marten"] = connectionString,
            ["Auth__Authority"] = entra.Authority,
            ["Auth__Audience"] = Audience,
            ["Auth__RequireHttpsMetadata"] = "false",
            ["Idempotency__CallerSecret"] = "caller-secret-for-the-fault-tests-0123456789abcdef",
            ["RateLimiting__PermitLimit"] = "1000000",
            ["Nodes__HeartbeatInterval"] = "00:00:01",
            ["Nodes__DeadAfter"] = "00:00:03",
            ["Webhooks__AllowLoopback"] = "true",
            ["Webhooks__FirstRetryDelay"] = "00:00:00.100",
            ["Webhooks__MaxRetryDelay"] = "00:00:00.400",
            ["Webhooks__Timeout"] = "00:00:03",
            ["Webhooks__SweepInterval"] = "00:00:05",
            // The line that names the node's number, which is how the test tells which process holds which agent.
            ["Logging__LogLevel__Wolverine.Runtime.WolverineRuntime"] = "Information"
        };
    }

    public string ConnectionString { get; }

    /// <summary>Nodes on a scratch database of the test cluster, dropped with them.</summary>
    public static async Task<ForumNodes> OnScratchDatabaseAsync(string purpose)
    {
        var database = await ScratchDatabase.CreateAsync(purpose);
        var nodes = await CreateAsync(database.ConnectionString);
        nodes._database = database;
        return nodes;
    }

    public static async Task<ForumNodes> CreateAsync(string connectionString)
    {
        var nodes = new ForumNodes(connectionString, await FakeEntra.StartAsync());
        var (exitCode, output) = await HostProcess.RunAsync(nodes._environment, "db-apply");
        Assert.True(exitCode == 0, $"db-apply failed:\n{output}");
        return nodes;
    }

    /// <summary>Starts one more node and waits until it answers /health/ready.</summary>
    public async Task<HostProcess> StartAsync()
    {
        var node = HostProcess.Start(_environment);
        _nodes.Add(node);
        await node.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return node;
    }

    public Caller As(HostProcess node, string role, string objectId) => new(node.Url, _entra.TokenFor(role, objectId, Audience));

    /// <summary>
    /// The scene of every fault test, set through <paramref name="node"/>: an integrator's webhook for published posts to
    /// <paramref name="receiver"/>, and a public theme to write in. Returns the theme and the webhook's secret.
    /// </summary>
    public async Task<(Guid ThemeId, string Secret)> ThemeWatchedByAsync(WebhookReceiver receiver, HostProcess node)
    {
        var (_, secret) = await As(node, "integrator", "integrator-oid").SubscribeAsync(receiver.Url, [WebhookSteps.Published]);
        return (await As(node, "admin", "admin-oid").OpenThemeAsync("public"), secret);
    }

    /// <summary>Writers for a <see cref="PostBurst"/>: <paramref name="perNode"/> admins through each of <paramref name="through"/>.</summary>
    public Caller[] Writers(int perNode, params HostProcess[] through) =>
        [.. through.SelectMany(node => Enumerable.Range(0, perNode).Select(_ => As(node, "admin", "admin-oid")))];

    /// <summary>The node's number in Wolverine's node table, as the node logged it at start.</summary>
    public static int NodeNumberOf(HostProcess node) =>
        NodeNumber().Match(node.Output) is { Success: true } found ? int.Parse(found.Groups[1].Value) : throw new InvalidOperationException(
            $"The node did not log its number:\n{node.Output}");

    /// <summary>The node numbers that run the async projections and subscriptions (Wolverine's agents for the event store).</summary>
    public async Task<int[]> NodesRunningSubscriptionsAsync()
    {
        await using var db = NpgsqlDataSource.Create(ConnectionString);
        await using var command = db.CreateCommand(
            "select distinct n.node_number from forum.wolverine_node_assignments a join forum.wolverine_nodes n on n.id = a.node_id " +
            "where a.id like 'event-subscriptions:%'");
        await using var reader = await command.ExecuteReaderAsync();
        var numbers = new List<int>();
        while (await reader.ReadAsync()) numbers.Add(reader.GetInt32(0));
        return [.. numbers];
    }

    /// <summary>Waits until Wolverine's leader has given the subscriptions to a node, and returns the process of that node.</summary>
    public async Task<HostProcess> NodeRunningSubscriptionsAsync()
    {
        int[] running = [];
        await Poll.UntilAsync(async () => (running = await NodesRunningSubscriptionsAsync()).Length > 0, TimeSpan.FromSeconds(30),
            () => "No node was given the event store's subscriptions.");
        return Assert.Single(_nodes, node => !node.HasExited && running.Contains(NodeNumberOf(node)));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await _entra.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    [GeneratedRegex(@"envelope persistence is (\d+)")]
    private static partial Regex NodeNumber();
}
