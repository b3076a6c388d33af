using Npgsql;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>A database of its own on the test cluster, dropped afterwards, for what must not touch the shared test database.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private static readonly string Source = Environment.GetEnvironmentVariable("ConnectionStrings__Marten")
        ?? throw new InvalidOperationException("Run the tests with ops/test, which starts PostgreSQL and sets ConnectionStrings__Marten.");

    private ScratchDatabase(string name) => Name = name;

    public string Name { get; }
    public string ConnectionString => new NpgsqlConnectionStringBuilder(Source) { Database = Name }.ConnectionString;

    public static async Task<ScratchDatabase> CreateAsync(string purpose)
    {
        var database = new ScratchDatabase($"{purpose}_{Guid.NewGuid():N}");
        await using var admin = Admin();
        await admin.CreateCommand($"create database {database.Name}").ExecuteNonQueryAsync();
        return database;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var db = NpgsqlDataSource.Create(ConnectionString);
        return (T)(await db.CreateCommand(sql).ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var db = NpgsqlDataSource.Create(ConnectionString);
        await db.CreateCommand(sql).ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        await using var admin = Admin();
        await admin.CreateCommand($"drop database if exists {Name} with (force)").ExecuteNonQueryAsync();
    }

    private static NpgsqlDataSource Admin() =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(Source) { Database = "postgres" }.ConnectionString);
}
