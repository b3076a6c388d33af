using Marten;
using Marten.Storage;
using Npgsql;
using SessionOptions = Marten.Services.SessionOptions;

namespace Politikerforum.Host.Http;

/// <summary>
/// The Marten sessions of requests and message handlers (lightweight, as Marten's own factory makes them), on a
/// connection pool of their own whose connections go back to it without Npgsql's reset.
/// <para>
/// Npgsql resets a returned connection ahead of its next use. Because the forum prepares statements
/// (<see cref="Domain.ForumStore.Connecting"/>), that reset cannot be <c>DISCARD ALL</c> but is seven statements
/// (<c>SET SESSION AUTHORIZATION DEFAULT; RESET ALL; … DISCARD TEMP</c>): more than a timeline page's own four, and about a
/// sixth of PostgreSQL's CPU for a page (docs/performance.md, round 8). A session leaves nothing on its connection that
/// needs it: its reads and writes run in transactions (an open one is rolled back on return), and it takes no session
/// lock, sets nothing and listens to nothing. (Marten's <c>Include()</c> would leave a temporary table on the connection,
/// dropped and made again by its next use; the forum does not use it.)
/// </para>
/// <para>
/// Marten's own pool keeps the reset. Wolverine's leader election and agents take session advisory locks there, and on
/// some failure paths (a timed-out ping, a cancelled unlock) give a connection back that still holds one; the reset is
/// what frees it. The forum's own data source (<see cref="NpgsqlDataSource"/> in Program.cs: our advisory lock, the
/// registry's LISTEN) keeps it too.
/// </para>
/// </summary>
public sealed class RequestSessions(IDocumentStore store, RequestSessions.Pool pool) : SessionFactoryBase(store)
{
    public override SessionOptions BuildOptions() => pool.Sessions();

    public override IQuerySession QuerySession() => pool.Store.QuerySession(BuildOptions());

    /// <summary>The same database as Marten's, reached through the pool without reset.</summary>
    public sealed class Pool : IAsyncDisposable
    {
        private readonly NpgsqlDataSource _source;

        public Pool(IDocumentStore store, string connectionString)
        {
            var options = ((DocumentStore)store).Options;
            // Without Npgsql's logging, as Marten makes its own (it would log every statement at Information).
            _source = NpgsqlDataSource.Create(WithoutReset(connectionString));
            Store = store;
            // Named as Marten's main database is named: it is the same database.
#pragma warning disable CS0618 // MartenDatabase is still constructed with the identifier, not the Id
            Database = new MartenDatabase(options, _source, store.Storage.Database.Identifier);
#pragma warning restore CS0618
            // The schema is Marten's main database's to check and migrate (at start, where the host runs locally);
            // this is the same database, so its sessions must not check it again, type by type, on first use.
            Database.MarkAllFeaturesAsChecked();
        }

        public IDocumentStore Store { get; }

        /// <summary>A lightweight session's options (no identity map, no change tracking), on this pool.</summary>
        public SessionOptions Sessions() => SessionOptions.ForDatabase(Database);

        public MartenDatabase Database { get; }

        private static string WithoutReset(string connectionString) =>
            new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;

        public async ValueTask DisposeAsync()
        {
            Database.Dispose();
            await _source.DisposeAsync();
        }
    }
}
