using Npgsql;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// A forum upgraded from a release whose schema lacked what this one adds (here: two read-model indexes and the
/// table of an integration document) is told so by ops/db assert, patched with the SQL ops/db patch writes, and
/// keeps every event, stream and row.
/// </summary>
public sealed class when_the_schema_is_older(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_patch_brings_it_up_to_date_without_losing_data()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var postId = await member.PublishAsync(themeId, "Hvem har erfaring med delte vagtplaner?");
        await member.PublishAsync(themeId, "Vi har prøvet det i Aarhus.", postId);
        await member.CreateAsync($"/api/themes/{themeId}/lessons", LessonSteps.ALesson());

        // The async daemon records its progress as it passes the events: let it settle, or the copy is of a moving target.
        await Feed.FeedSteps.CaughtUpAsync(Store);

        await using var older = await ScratchDatabase.CreateAsync("older");
        var dump = Path.Combine(Path.GetTempPath(), $"{older.Name}.dump");
        var patch = Path.Combine(Path.GetTempPath(), $"{older.Name}.sql");
        try
        {
            await OpsScript.RunAsync("backup", dump);
            await older.DisposeAsync(); // ops/restore makes the database itself
            await OpsScript.RunAsync("restore", dump, older.Name);
            var environment = OpsEnvironment(older.ConnectionString);
            await older.ExecuteAsync(
                "drop index forum.mt_doc_post_idx_theme_id; drop index forum.mt_doc_auditentry_idx_time; drop table forum.mt_doc_greeted");
            var before = await DatabaseFingerprint.OfAsync(older.ConnectionString);

            var assert = await OpsScript.TryAsync("db", environment, "--app", AppContext.BaseDirectory, "assert");
            Assert.NotEqual(0, assert.ExitCode);
            await OpsScript.RunAsync("db", environment, "--app", AppContext.BaseDirectory, "patch", patch);
            var sql = await File.ReadAllTextAsync(patch);
            Assert.Contains("mt_doc_post_idx_theme_id", sql);
            Assert.Contains("mt_doc_auditentry_idx_time", sql);
            Assert.Contains("mt_doc_greeted", sql);
            Assert.DoesNotContain("drop ", sql, StringComparison.OrdinalIgnoreCase);
            await older.ExecuteAsync(sql);

            await OpsScript.RunAsync("db", environment, "--app", AppContext.BaseDirectory, "assert");
            var after = await DatabaseFingerprint.OfAsync(older.ConnectionString);
            Assert.Equal("0 ", after["forum.mt_doc_greeted"]);
            after.Remove("forum.mt_doc_greeted");
            Assert.Equal(before, after);
            var forum = await DatabaseFingerprint.OfAsync(Environment.GetEnvironmentVariable("ConnectionStrings__Marten")!);
            Assert.Equal(forum["forum.mt_events"], after["forum.mt_events"]);
            Assert.Equal(forum["forum.mt_streams"], after["forum.mt_streams"]);
        }
        finally
        {
            File.Delete(dump);
            foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), $"{older.Name}*.sql")) File.Delete(file);
        }
    }

    private static Dictionary<string, string> OpsEnvironment(string connectionString) => new()
    {
        ["ConnectionStrings__Marten"] = connectionString,
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Auth__Authority"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0",
        ["Auth__Audience"] = "api://politikerforum",
        ["Idempotency__CallerSecret"] = new string('s', 40)
    };
}
