using Npgsql;

namespace Politikerforum.Integrations;

/// <summary>
/// One holder at a time, across every node: a PostgreSQL advisory lock keyed by an id, held on its own connection
/// until disposed. Each use has a namespace of its own in the 64-bit key space, so no two uses collide.
/// </summary>
public sealed class AdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private AdvisoryLock(NpgsqlConnection connection, long key) => (_connection, _key) = (connection, key);

    /// <summary>Null when someone else holds the lock; this never waits for it.</summary>
    public static async Task<AdvisoryLock?> TryTakeAsync(NpgsqlDataSource db, Guid id, long keySpace, CancellationToken ct)
    {
        var key = BitConverter.ToInt64(id.ToByteArray(), 0) ^ keySpace;
        var connection = await db.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = key } } };
            if (await command.ExecuteScalarAsync(ct) is true) return new AdvisoryLock(connection, key);
        }
        catch
        {
            // A try cancelled or failed must still give its connection back, or the pool loses it for good (with the lock,
            // had the server taken it meanwhile). Back in the pool, the connection's reset releases such a lock.
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("select pg_advisory_unlock($1)", _connection) { Parameters = { new() { Value = _key } } };
            await command.ExecuteScalarAsync();
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
