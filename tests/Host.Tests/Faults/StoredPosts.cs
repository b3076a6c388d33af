using Npgsql;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Faults;

/// <summary>What a crash must never leave behind, read straight from the database.</summary>
public static class StoredPosts
{
    /// <summary>
    /// Every acknowledged post is in the event store exactly once; and every post in the store, acknowledged or not (its
    /// answer may have been lost with a node), is whole: one event, its read-model row and its timeline entry, and no row
    /// without its event. Read models updated after the commit get until the deadline to catch up.
    /// </summary>
    public static async Task AssertWholeAsync(string connectionString, IReadOnlyCollection<Guid> acknowledged)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        var problems = new List<string>();
        await Poll.UntilAsync(async () => (problems = await ProblemsAsync(db, acknowledged)).Count == 0, TimeSpan.FromSeconds(30),
            () => string.Join("\n", problems.Take(20)));
    }

    /// <summary>How many posts the event store holds.</summary>
    public static async Task<long> CountAsync(string connectionString)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        return (long)(await db.CreateCommand("select count(*) from forum.mt_events where type = 'post_published'").ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ProblemsAsync(NpgsqlDataSource db, IReadOnlyCollection<Guid> acknowledged)
    {
        var stored = new Dictionary<Guid, (long Events, long Rows, long Entries)>();
        await using (var command = db.CreateCommand("""
            select e.stream_id, count(*),
                   (select count(*) from forum.mt_doc_post p where p.id = e.stream_id),
                   (select count(*) from forum.mt_doc_timelineentry t where t.data ->> 'itemId' = e.stream_id::text)
            from forum.mt_events e where e.type = 'post_published' group by e.stream_id
            """))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) stored[reader.GetGuid(0)] = (reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        var rows = (long)(await db.CreateCommand("select count(*) from forum.mt_doc_post").ExecuteScalarAsync())!;

        var problems = new List<string>();
        problems.AddRange(acknowledged.Where(id => !stored.ContainsKey(id)).Select(id => $"Acknowledged post {id} is not in the event store."));
        problems.AddRange(stored.Where(s => s.Value != (1, 1, 1)).Select(s =>
            $"Post {s.Key}: {s.Value.Events} events, {s.Value.Rows} read-model rows, {s.Value.Entries} timeline entries (1, 1, 1 expected)."));
        if (rows != stored.Count) problems.Add($"{rows} post rows for {stored.Count} posts in the event store.");
        if (acknowledged.Count != acknowledged.Distinct().Count()) problems.Add("The same post id was acknowledged twice.");
        return problems;
    }
}
