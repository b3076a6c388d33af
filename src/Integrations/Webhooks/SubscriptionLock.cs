using Npgsql;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// One deliverer per subscription at a time, across every node: a PostgreSQL advisory lock keyed by the subscription,
/// held on its own connection while the deliverer runs. This is what keeps a subscription's deliveries in order.
/// </summary>
public sealed class SubscriptionLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private SubscriptionLock(NpgsqlConnection connection, long key) => (_connection, _key) = (connection, key);

    /// <summary>Null when another deliverer holds the subscription.</summary>
    public static async Task<SubscriptionLock?> TryTakeAsync(NpgsqlDataSource db, Guid subscriptionId, CancellationToken ct)
    {
        // A namespace of our own in the 64-bit key space, so no other advisory lock user collides with ours.
        var key = BitConverter.ToInt64(subscriptionId.ToByteArray(), 0) ^ 0x5046_5745_4248_4b53;
        var connection = await db.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = key } } };
        if (await command.ExecuteScalarAsync(ct) is true) return new SubscriptionLock(connection, key);
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
