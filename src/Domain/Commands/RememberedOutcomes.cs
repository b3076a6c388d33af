using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Politikerforum.Domain.Commands;

/// <summary>What an earlier command with the same key left behind.</summary>
public sealed record Remembered(byte[] RequestHash, bool Committed, Outcome? Outcome);

/// <summary>
/// Claims, completes and releases keys in <see cref="IdempotencyTable"/>; each step is one atomic statement.
/// <paramref name="callerSecret"/> keys the hash of the caller, so the table cannot be matched to an Entra object id
/// by anyone who does not hold the secret.
/// </summary>
public sealed partial class RememberedOutcomes(NpgsqlDataSource db, TimeProvider clock, byte[] callerSecret)
{
    /// <summary>Keys live at least this long (the IETF draft leaves it to the server).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>
    /// An attempt that has neither committed nor finished after this long died with its node; a retry may
    /// take it over. Longer than any command the forum runs.
    /// </summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    // jsonb keeps keys in its own order, so the outcome's type discriminator may come anywhere.
    private static readonly JsonSerializerOptions Json = new(ForumJson.Create()) { AllowOutOfOrderMetadataProperties = true };

    /// <summary>The person (object id) in the roles they act in: the same key from another caller is another request.</summary>
    public string CallerOf(Actor actor) =>
        $"{PersonOf(actor.ObjectId)}|{string.Join(',', actor.Roles.Select(r => r.ToString().ToLowerInvariant()).Order())}";

    /// <summary>
    /// The person behind an Entra object id as the table knows them: a hash keyed with the server's secret, so a plain
    /// SHA-256 of a known object id finds nothing. Kept apart from the roles, so erasure finds every row of the person.
    /// </summary>
    public string PersonOf(string? objectId) =>
        Convert.ToHexString(HMACSHA256.HashData(callerSecret, Encoding.UTF8.GetBytes(objectId ?? "")));

    /// <summary>Claims the key for a new attempt, or returns null when an earlier attempt holds it.</summary>
    public async Task<IdempotentWrite?> TryClaimAsync(string caller, string key, byte[] hash, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claim = Guid.CreateVersion7();
        // Purge on write: expired keys go as new ones arrive, so no command ever waits on a sweep. This key's own
        // expired row is not purged but taken over, as one statement cannot both delete and insert the same row.
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Command($"""
            with purged as (delete from {IdempotencyTable.Name} where expires_at <= $5 and not (caller = $1 and key = $2))
            insert into {IdempotencyTable.Name} as k (caller, key, request_hash, claim, started_at, expires_at)
            values ($1, $2, $3, $4, $5, $6)
            on conflict (caller, key) do update
              set request_hash = excluded.request_hash, claim = excluded.claim, started_at = excluded.started_at,
                  expires_at = excluded.expires_at, committed = false, outcome = null
              where k.expires_at <= $5
                 or (k.outcome is null and not k.committed and k.started_at <= $7 and k.request_hash = excluded.request_hash)
            returning k.claim
            """, caller, key, hash, claim, now, now + Lifetime, now - Abandoned));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new IdempotentWrite(caller, key, claim) : null;
    }

    public async Task<Remembered?> FindAsync(string caller, string key, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select request_hash, committed, outcome from {IdempotencyTable.Name} where caller = $1 and key = $2");
        command.Parameters.Add(new() { Value = caller });
        command.Parameters.Add(new() { Value = key });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new Remembered(reader.GetFieldValue<byte[]>(0), reader.GetBoolean(1),
            reader.IsDBNull(2) ? null : JsonSerializer.Deserialize<Outcome>(reader.GetString(2), Json));
    }

    public Task CompleteAsync(IdempotentWrite write, Outcome outcome) =>
        ExecuteAsync($"update {IdempotencyTable.Name} set outcome = $4 where caller = $1 and key = $2 and claim = $3",
            write.Caller, write.Key, write.Claim, new NpgsqlParameter { Value = JsonSerializer.Serialize(outcome, Json), NpgsqlDbType = NpgsqlDbType.Jsonb });

    /// <summary>A failed attempt (an exception) that wrote nothing frees its key for the retry.</summary>
    public Task ReleaseAsync(IdempotentWrite write) =>
        ExecuteAsync($"delete from {IdempotencyTable.Name} where caller = $1 and key = $2 and claim = $3 and not committed",
            write.Caller, write.Key, write.Claim);

    private async Task ExecuteAsync(string sql, params object?[] values)
    {
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(Command(sql, values));
        // Not the caller's token: a caller who hangs up must not leave the key half-recorded.
        await batch.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(value switch
            {
                NpgsqlParameter parameter => parameter,
                null => new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
                _ => new NpgsqlParameter { Value = value }
            });
        return command;
    }
}
