using Npgsql;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// Every table of a database with a fingerprint of all its rows: a lost or changed row changes the answer. The async
/// daemon's progress rows carry its heartbeat, which a running forum moves on: of those, the subscriptions' positions
/// count (its high-water bookkeeping it works out again from the events, on any database).
/// </summary>
public static class DatabaseFingerprint
{
    public static async Task<SortedDictionary<string, string>> OfAsync(string connection)
    {
        await using var db = NpgsqlDataSource.Create(connection);
        var tables = new List<string>();
        await using (var reader = await db.CreateCommand(
            "select table_schema || '.' || table_name from information_schema.tables where table_type = 'BASE TABLE' " +
            "and table_schema not in ('pg_catalog', 'information_schema') order by 1").ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        Assert.Contains("forum.mt_events", tables);
        Assert.Contains("forum.mt_streams", tables);

        var fingerprints = new SortedDictionary<string, string>();
        foreach (var table in tables)
            fingerprints[table] = (string)(await db.CreateCommand(table.EndsWith(".mt_event_progression")
                ? $"select count(*) || ' ' || coalesce(md5(string_agg(r.name || '=' || r.last_seq_id, '|' order by r.name)), '') from {table} r where r.name not like 'HighWater%'"
                : $"select count(*) || ' ' || coalesce(md5(string_agg(r::text, '|' order by r::text)), '') from {table} r").ExecuteScalarAsync())!;
        return fingerprints;
    }
}
