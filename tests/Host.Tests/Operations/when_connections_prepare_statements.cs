using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Politikerforum.Domain;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// The forum lets Npgsql prepare repeated statements (<see cref="ForumStore.Connecting"/>), which changes how a pooled
/// connection is reset: no longer by <c>DISCARD ALL</c>, which would drop the prepared statements. What a request left
/// on its connection must still be gone when the next request gets it.
/// </summary>
public sealed class when_connections_prepare_statements(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public void the_forum_prepares_unless_the_operator_said_otherwise()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ForumStore.Connecting("Host=db;Database=forum"));
        Assert.True(tuned.MaxAutoPrepare > 0);
        Assert.False(tuned.NoResetOnClose);

        Assert.Equal(0, new NpgsqlConnectionStringBuilder(ForumStore.Connecting("Host=db;Database=forum;Max Auto Prepare=0")).MaxAutoPrepare);
        Assert.Equal(7, new NpgsqlConnectionStringBuilder(ForumStore.Connecting("Host=db;Database=forum;MaxAutoPrepare=7")).MaxAutoPrepare);
    }

    [Fact]
    public async Task a_pooled_connection_keeps_no_session_state_of_the_last_user()
    {
        // The host's own connection string, tuned as the host tunes it, in a pool of one: the second checkout is
        // certainly the first one's connection.
        var connectionString = ForumStore.Connecting(Host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Marten")!);
        await using var pool = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.ConnectionString);

        int backend;
        await using (var first = await pool.OpenConnectionAsync())
        {
            backend = await ScalarAsync<int>(first, "select pg_backend_pid()");
            // Asked twice, so Npgsql prepares it; then state a request might leave behind: a setting and a session lock.
            await ScalarAsync<int>(first, "select 1");
            await ScalarAsync<int>(first, "select 1");
            await ScalarAsync<string>(first, "select set_config('statement_timeout', '1234', false)");
            await ScalarAsync<object>(first, "select pg_advisory_lock(4242013)");
        }

        await using var second = await pool.OpenConnectionAsync();
        Assert.Equal(backend, await ScalarAsync<int>(second, "select pg_backend_pid()"));
        Assert.NotEqual("1234ms", await ScalarAsync<string>(second, "show statement_timeout"));
        Assert.Equal(0L, await ScalarAsync<long>(second,
            "select count(*) from pg_locks where locktype = 'advisory' and objid = 4242013 and pid = pg_backend_pid()"));
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
