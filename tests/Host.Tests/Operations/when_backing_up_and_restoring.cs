using Npgsql;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>A backup restored into a fresh database is the same forum: every event, every stream version, every read model.</summary>
public sealed class when_backing_up_and_restoring(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_restored_database_holds_the_same_events_streams_and_read_models()
    {
        var (memberId, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var postId = await member.PublishAsync(themeId, "Hvem har erfaring med delte vagtplaner?");
        await member.PublishAsync(themeId, "Vi har prøvet det i Aarhus.", postId);
        await member.CreateAsync($"/api/themes/{themeId}/lessons", LessonSteps.ALesson());
        await (await member.PutAsync($"/api/posts/{postId}", new { text = "Hvem har erfaring med fælles vagtplaner?", version = 1 })).ShouldHaveStatusAsync(200);

        // The async daemon records its progress as it passes the events: let it settle, or the copy is of a moving target.
        await Feed.FeedSteps.CaughtUpAsync(Store);

        var source = Environment.GetEnvironmentVariable("ConnectionStrings__Marten")!;
        var restored = $"restore_{Guid.NewGuid():N}";
        var file = Path.Combine(Path.GetTempPath(), $"{restored}.dump");
        try
        {
            await OpsScript.RunAsync("backup", file);
            var printed = await OpsScript.RunAsync("restore", file, restored);
            var copy = new NpgsqlConnectionStringBuilder(source) { Database = restored }.ConnectionString;
            Assert.Contains($"Database={restored}", printed);

            Assert.Equal(7, await ScalarAsync(source, "select count(*) from forum.mt_events"));
            foreach (var sql in Fingerprints(await TablesAsync(source)))
                Assert.Equal(await TextAsync(source, sql), await TextAsync(copy, sql));
        }
        finally
        {
            File.Delete(file);
            await using var admin = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(source) { Database = "postgres" }.ConnectionString);
            await admin.CreateCommand($"drop database if exists {restored} with (force)").ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// One query per table that fingerprints every row, so any lost or changed row changes the answer. The async daemon's
    /// progress rows carry its heartbeat, which a running forum moves on: of those, the subscriptions' positions count
    /// (its high-water bookkeeping it works out again from the events, on any database).
    /// </summary>
    private static IEnumerable<string> Fingerprints(IEnumerable<string> tables) =>
        tables.Select(t => t.EndsWith(".mt_event_progression")
            ? $"select '{t}: ' || count(*) || ' ' || coalesce(md5(string_agg(r.name || '=' || r.last_seq_id, '|' order by r.name)), '') from {t} r where r.name not like 'HighWater%'"
            : $"select '{t}: ' || count(*) || ' ' || coalesce(md5(string_agg(r::text, '|' order by r::text)), '') from {t} r");

    private static async Task<List<string>> TablesAsync(string connection)
    {
        var tables = new List<string>();
        await using var db = NpgsqlDataSource.Create(connection);
        await using var reader = await db.CreateCommand(
            "select table_schema || '.' || table_name from information_schema.tables where table_type = 'BASE TABLE' " +
            "and table_schema not in ('pg_catalog', 'information_schema') order by 1").ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        Assert.Contains("forum.mt_events", tables);
        Assert.Contains("forum.mt_streams", tables);
        return tables;
    }

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var db = NpgsqlDataSource.Create(connection);
        return (long)(await db.CreateCommand(sql).ExecuteScalarAsync())!;
    }

    private static async Task<string> TextAsync(string connection, string sql)
    {
        await using var db = NpgsqlDataSource.Create(connection);
        return (string)(await db.CreateCommand(sql).ExecuteScalarAsync())!;
    }
}
