using Npgsql;
using NpgsqlTypes;

namespace Politikerforum.Host.Http.Idempotency;

/// <summary>What an earlier request with the same key left behind.</summary>
public sealed record Remembered(byte[] RequestHash, bool Committed, int? Status, string? Location, string? ContentType, byte[]? Body);

/// <summary>Claims, completes and releases keys in <see cref="IdempotencyTable"/>; each step is one atomic statement.</summary>
public sealed class RememberedResponses(NpgsqlDataSource db, TimeProvider clock)
{
    /// <summary>Keys live at least this long (the draft leaves it to the server; issue 4 asks for 24 hours).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>
    /// An attempt that has neither committed nor finished after this long died with its node; a retry may
    /// take it over. Longer than any request the forum serves.
    /// </summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    /// <summary>Claims the key for a new attempt, or returns null when an earlier attempt holds it.</summary>
    public async Task<IdempotentWrite?> TryClaimAsync(string caller, string key, byte[] hash, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claim = Guid.CreateVersion7();
        // Purge on write: expired keys go as new ones arrive, so no request ever waits on a sweep. This key's own
        // expired row is not purged but taken over, as one statement cannot both delete and insert the same row.
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Command($"""
            with purged as (delete from {IdempotencyTable.Name} where expires_at <= $5 and not (caller = $1 and key = $2))
            insert into {IdempotencyTable.Name} as k (caller, key, request_hash, claim, started_at, expires_at)
            values ($1, $2, $3, $4, $5, $6)
            on conflict (caller, key) do update
              set request_hash = excluded.request_hash, claim = excluded.claim, started_at = excluded.started_at,
                  expires_at = excluded.expires_at, committed = false, status = null, location = null, content_type = null, body = null
              where k.expires_at <= $5
                 or (k.status is null and not k.committed and k.started_at <= $7 and k.request_hash = excluded.request_hash)
            returning k.claim
            """, caller, key, hash, claim, now, now + Lifetime, now - Abandoned));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new IdempotentWrite(caller, key, claim) : null;
    }

    public async Task<Remembered?> FindAsync(string caller, string key, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            $"select request_hash, committed, status, location, content_type, body from {IdempotencyTable.Name} where caller = $1 and key = $2");
        command.Parameters.Add(new() { Value = caller });
        command.Parameters.Add(new() { Value = key });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new Remembered(
            reader.GetFieldValue<byte[]>(0), reader.GetBoolean(1),
            reader.IsDBNull(2) ? null : reader.GetInt32(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetFieldValue<byte[]>(5));
    }

    public Task CompleteAsync(IdempotentWrite write, int status, string? location, string? contentType, byte[] body) =>
        ExecuteAsync($"update {IdempotencyTable.Name} set status = $4, location = $5, content_type = $6, body = $7 where caller = $1 and key = $2 and claim = $3",
            write.Caller, write.Key, write.Claim, status, location, contentType, body);

    /// <summary>A failed attempt (5xx) that wrote nothing frees its key for the retry.</summary>
    public Task ReleaseAsync(IdempotentWrite write) =>
        ExecuteAsync($"delete from {IdempotencyTable.Name} where caller = $1 and key = $2 and claim = $3 and not committed",
            write.Caller, write.Key, write.Claim);

    private async Task ExecuteAsync(string sql, params object?[] values)
    {
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Command(sql, values));
        // Not the request's token: a caller who hangs up must not leave the key half-recorded.
        await batch.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(value is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text } : new NpgsqlParameter { Value = value });
        return command;
    }
}
