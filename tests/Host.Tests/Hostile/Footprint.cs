using Politikerforum.Host.Tests.Support;
using Npgsql;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>
/// Everything a request could leave behind in the database: events, every document, the remembered answers of
/// idempotency keys, and Wolverine's queued and scheduled messages. A request answered with anything but 2xx must leave
/// none of it changed.
/// </summary>
internal sealed record Footprint(string Events, IReadOnlyDictionary<string, string> Documents, IReadOnlySet<string> Keys, IReadOnlySet<Guid> Envelopes)
{
    /// <summary>
    /// Webhook delivery runs in the background after earlier successful writes, whenever the high-water mark passes
    /// their events: its cursors, delivery records and messages move on their own and are no request's doing.
    /// </summary>
    private static readonly string[] Background = ["mt_doc_webhookcursor", "mt_doc_webhookdelivery"];

    private const string BackgroundMessages = "Politikerforum.Integrations.Webhooks.%";

    public static async Task<Footprint> TakeAsync(NpgsqlDataSource db)
    {
        // Masking rewrites events in place, so their content counts as well as their number.
        var events = await ScalarAsync(db, "select count(*) || ':' || coalesce(md5(string_agg(data::text || coalesce(headers::text, ''), '' order by seq_id)), '') from forum.mt_events");
        var documents = new Dictionary<string, string>();
        // Any insert, update or delete moves the count or the latest modification.
        foreach (var table in (await ListAsync(db, "select table_name from information_schema.tables where table_schema = 'forum' and table_name like 'mt_doc_%'")).Except(Background))
            documents[table] = await ScalarAsync(db, $"select count(*) || ':' || coalesce(max(mt_last_modified)::text, '') from forum.{table}");
        var keys = await ListAsync(db, $"select caller || '|' || key || '|' || committed || '|' || coalesce(outcome->>'outcome', '') from {IdempotencyTable.Name}");
        var envelopes = (await ListAsync(db, $"select id::text from forum.wolverine_incoming_envelopes where message_type not like '{BackgroundMessages}' " +
                                             $"union all select id::text from forum.wolverine_outgoing_envelopes where message_type not like '{BackgroundMessages}'"))
            .Select(Guid.Parse).ToHashSet();
        return new Footprint(events, documents, keys.ToHashSet(), envelopes);
    }

    /// <summary>
    /// What changed since <paramref name="before"/>. Messages count when they appear: handled ones leave on their own.
    /// A refusal remembered for the request's own key is its answer to a retry, not a write; nothing else is allowed.
    /// </summary>
    public IReadOnlyList<string> ChangesSince(Footprint before, string? key)
    {
        var changes = new List<string>();
        if (Events != before.Events) changes.Add($"events {before.Events} -> {Events}");
        changes.AddRange(Documents.Where(d => before.Documents.GetValueOrDefault(d.Key) != d.Value).Select(d => $"documents in {d.Key}"));
        var newKeys = Keys.Except(before.Keys).Where(k => k.Split('|') is not [.., var own, "false", "refused"] || own != key).ToList();
        changes.AddRange(newKeys.Concat(before.Keys.Except(Keys)).Select(k => $"idempotency key {k}"));
        changes.AddRange(Envelopes.Except(before.Envelopes).Select(e => $"message {e}"));
        return changes;
    }

    /// <summary>
    /// The footprint to compare the next request with, and what this request changed that it must not have: a 2xx moves
    /// the footprint on (once the work it queued has run); anything else must leave it as it was.
    /// </summary>
    public async Task<(Footprint Next, IReadOnlyList<string> Changes)> AfterAsync(NpgsqlDataSource db, int status, string? key)
    {
        if (status is >= 200 and < 300)
        {
            await SettleAsync(db);
            return (await TakeAsync(db), []);
        }
        var after = await TakeAsync(db);
        return (after, after.ChangesSince(this, key));
    }

    /// <summary>Waits until what a successful request queued for the background (an erasure's masking) has run.</summary>
    public static async Task SettleAsync(NpgsqlDataSource db)
    {
        await Poll.UntilAsync(
            async () => await ScalarAsync(db, $"select count(*)::text from forum.wolverine_incoming_envelopes where status = 'Incoming' and message_type not like '{BackgroundMessages}'") == "0",
            TimeSpan.FromSeconds(30), () => "Queued work did not finish within 30 seconds.");
    }

    private static async Task<string> ScalarAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ListAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
