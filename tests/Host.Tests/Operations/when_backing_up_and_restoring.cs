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
            Assert.Equal(await DatabaseFingerprint.OfAsync(source), await DatabaseFingerprint.OfAsync(copy));
        }
        finally
        {
            File.Delete(file);
            await using var admin = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(source) { Database = "postgres" }.ConnectionString);
            await admin.CreateCommand($"drop database if exists {restored} with (force)").ExecuteNonQueryAsync();
        }
    }

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var db = NpgsqlDataSource.Create(connection);
        return (long)(await db.CreateCommand(sql).ExecuteScalarAsync())!;
    }
}
