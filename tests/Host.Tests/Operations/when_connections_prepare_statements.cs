using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Politikerforum.Domain;
using Politikerforum.Host.Http;
using Politikerforum.Host.Tests.Support;
using Weasel.Postgresql;
using Wolverine;
using Wolverine.Marten.Publishing;
using Wolverine.Persistence.Durability;
using Wolverine.RDBMS;
using Wolverine.Runtime;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// The forum lets Npgsql prepare repeated statements (<see cref="ForumStore.Connecting"/>), which changes how a pooled
/// connection is reset: no longer by <c>DISCARD ALL</c>, which would drop the prepared statements. On Marten's own pool,
/// where Wolverine takes its session locks, what one user left on a connection must still be gone when the next gets it.
/// Requests and handlers take their sessions from a pool without the reset (<see cref="RequestSessions"/>): there only
/// what a transaction holds is let go, which is all a session ever holds.
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

    [Fact]
    public void requests_and_handlers_skip_the_reset_and_wolverines_locks_keep_it()
    {
        var pool = Host.Services.GetRequiredService<RequestSessions.Pool>();
        Assert.True(new NpgsqlConnectionStringBuilder(pool.Database.DataSource.ConnectionString).NoResetOnClose);

        // The sessions the doors inject, and those Wolverine opens for a handler, come from that pool.
        var sessions = Host.Services.GetRequiredService<ISessionFactory>();
        using (var query = sessions.QuerySession()) Assert.Same(pool.Database, query.Database);
        var runtime = Host.Services.GetRequiredService<IWolverineRuntime>();
        using (var handlers = Host.Services.GetRequiredService<OutboxedSessionFactory>().OpenSession(new MessageContext(runtime)))
            Assert.Same(pool.Database, handlers.Database);

        // Wolverine's leader election and agents lock on Marten's own pool, which resets.
        var messages = runtime.Storage as IMessageDatabase ?? (IMessageDatabase)((MultiTenantedMessageStore)runtime.Storage).Main;
        Assert.False(new NpgsqlConnectionStringBuilder(messages.DataSource.ConnectionString).NoResetOnClose);
        Assert.Same(((PostgresqlDatabase)Store.Storage.Database).DataSource, messages.DataSource);
    }

    [Fact]
    public async Task a_session_given_back_in_the_middle_of_a_transaction_takes_its_locks_with_it()
    {
        // The requests' pool as the host makes it, of one connection: the second checkout is the first one's connection.
        var connectionString = ForumStore.Connecting(Host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Marten")!);
        await using var pool = new RequestSessions.Pool(Store, new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1 }.ConnectionString);

        int backend;
        await using (var session = Store.LightweightSession(pool.Sessions()))
        {
            // A command that took its item's lock and was refused: its session is disposed without a commit.
            await session.BeginTransactionAsync(CancellationToken.None);
            backend = await ScalarAsync<int>(session.Connection!, "select pg_backend_pid()");
            await ScalarAsync<bool>(session.Connection!, "select pg_advisory_xact_lock(4242014) is null");
            // A session lock, which no session of the forum takes (Wolverine's stay on Marten's pool): this pool hands it on.
            await ScalarAsync<bool>(session.Connection!, "select pg_advisory_lock(4242015) is null");
        }

        await using var next = Store.LightweightSession(pool.Sessions());
        await next.BeginTransactionAsync(CancellationToken.None);
        Assert.Equal(backend, await ScalarAsync<int>(next.Connection!, "select pg_backend_pid()"));
        Assert.Equal(0L, await ScalarAsync<long>(next.Connection!,
            "select count(*) from pg_locks where locktype = 'advisory' and objid = 4242014 and pid = pg_backend_pid()"));
        Assert.Equal(1L, await ScalarAsync<long>(next.Connection!,
            "select count(*) from pg_locks where locktype = 'advisory' and objid = 4242015 and pid = pg_backend_pid()"));
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
