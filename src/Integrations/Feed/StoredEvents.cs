using System.Collections.Concurrent;
using Marten;
using Npgsql;
using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Integrations.Feed;

/// <param name="Events">The rows of a type this host knows, in order.</param>
/// <param name="Rows">How many rows were read, known type or not: fewer than asked for means none are left up to the ceiling.</param>
/// <param name="Last">The last sequence read (or <c>after</c> if none was).</param>
public sealed record StoredPage(IReadOnlyList<StoredEvent> Events, int Rows, long Last);

/// <summary>
/// Reads a range of the event table in one query, only the columns the feed uses: the feed reads every event there is,
/// and Marten's event query would build each with all its metadata and headers. The data is read by the store's own
/// serializer into the same domain record Marten would give; what is stored is what is read, so an erasure that masked
/// an event in place is read masked. Archived events are left out, as Marten's event queries leave them out.
/// </summary>
public sealed class StoredEvents(NpgsqlDataSource db, IDocumentStore store)
{
    private static readonly string Sql =
        $"select seq_id, id, timestamp, type, mt_dotnet_type, data, headers ->> '{EventActor.RoleHeader}' " +
        $"from {ForumStore.Schema}.mt_events where seq_id > $1 and seq_id <= $2 and is_archived = false order by seq_id limit $3";

    private readonly ConcurrentDictionary<string, Type?> _types = new();

    public async Task<StoredPage> ReadAsync(long after, long ceiling, int limit, CancellationToken ct)
    {
        var serializer = store.Options.Serializer();
        await using var command = db.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = ceiling });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var events = new List<StoredEvent>(limit);
        var (rows, last) = (0, after);
        while (await reader.ReadAsync(ct))
        {
            rows++;
            last = reader.GetInt64(0);
            var name = reader.GetString(3);
            if (!_types.TryGetValue(name, out var type))
                type = _types.GetOrAdd(name, TypeOf(name, reader.IsDBNull(4) ? null : reader.GetString(4)));
            if (type is null) continue;
            events.Add(new StoredEvent(last, reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2), serializer.FromJson(type, reader, 5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return new StoredPage(events, rows, last);
    }

    /// <summary>
    /// The .NET type of an event as Marten resolves it: by its stored type name among the store's event types, else by the
    /// .NET type name stored beside it. None for an event this host has no type for; no feed rule knows such an event either.
    /// </summary>
    private Type? TypeOf(string name, string? dotnetName) =>
        store.Options.Events.AllKnownEventTypes().FirstOrDefault(t => t.EventTypeName == name)?.EventType
        ?? (dotnetName is null ? null : Type.GetType(dotnetName, throwOnError: false));
}
