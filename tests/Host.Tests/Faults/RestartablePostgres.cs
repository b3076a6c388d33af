using Npgsql;
using Politikerforum.Host.Tests.Operations;

namespace Politikerforum.Host.Tests.Faults;

/// <summary>
/// A PostgreSQL cluster of the test's own (ops/pg with OPS_PG_CLUSTER=faults), which it may stop and start under a running
/// host without touching the cluster the other tests share. It is stopped again afterwards; its files stay for the next run.
/// </summary>
public sealed class RestartablePostgres : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Cluster = new() { ["OPS_PG_CLUSTER"] = "faults" };
    private readonly string _server;

    private RestartablePostgres(string server) => _server = server;

    public string ConnectionString { get; private init; } = "";

    /// <summary>Starts the cluster and creates an empty database on it.</summary>
    public static async Task<RestartablePostgres> StartAsync()
    {
        await StartClusterAsync();
        var server = (await OpsScript.RunAsync("pg", Cluster, "url", "postgres")).Trim();
        var name = $"restart_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(server))
            await admin.CreateCommand($"create database {name}").ExecuteNonQueryAsync();
        return new RestartablePostgres(server) { ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString };
    }

    /// <summary>A fast shutdown: open transactions are rolled back and every connection is closed.</summary>
    public static Task StopClusterAsync() => OpsScript.RunAsync("pg", Cluster, "stop");

    public static Task StartClusterAsync() => OpsScript.RunAsync("pg", Cluster, "start");

    public async ValueTask DisposeAsync()
    {
        // A test that failed during the outage left the cluster stopped.
        await StartClusterAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var admin = NpgsqlDataSource.Create(_server))
            await admin.CreateCommand($"drop database if exists {new NpgsqlConnectionStringBuilder(ConnectionString).Database} with (force)").ExecuteNonQueryAsync();
        await StopClusterAsync();
    }
}
