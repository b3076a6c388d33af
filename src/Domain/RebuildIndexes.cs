using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Politikerforum.Domain;

/// <summary>
/// The secondary indexes of a read model's table, dropped while a rebuild writes the table again and made again once
/// it ends, however it ends. A rebuild empties the table first, so while it runs the read model is incomplete whether
/// indexed or not; PostgreSQL then builds each index once over the whole table instead of maintaining it row by row
/// (docs/performance.md, round 6).
/// </summary>
public static class RebuildIndexes
{
    /// <summary>
    /// The read models whose indexes a rebuild sets aside, by projection. The audit trail's three JSON expression indexes
    /// cost its COPY about a third of PostgreSQL's time (round 4); it serves the admins' audit pages alone.
    /// </summary>
    private static readonly Dictionary<string, Type> Tables = new()
    {
        [typeof(Audit.AuditTrailProjection).FullName!] = typeof(Audit.AuditEntry),
    };

    /// <summary>
    /// Runs <paramref name="rebuild"/> of <paramref name="members"/> with their tables' secondary indexes dropped, and
    /// makes the indexes again after it, also when it fails or is cancelled.
    /// </summary>
    public static async Task AsideAsync(IDocumentStore store, IEnumerable<string> members, Func<Task> rebuild)
    {
        var tables = members.Where(Tables.ContainsKey).Select(member => TableOf(store, Tables[member])).ToList();
        try
        {
            foreach (var table in tables)
            foreach (var index in table.Indexes)
                await ExecuteAsync(store, $"drop index if exists {table.Identifier.Schema}.{index.Name}");
            await rebuild();
        }
        finally
        {
            // Concurrently: every write of the forum inserts an audit entry, and a plain CREATE INDEX would hold them all
            // for its seconds (3.4 s an index at 1M events; concurrently about the same on an idle table, one at a time).
            foreach (var table in tables)
            foreach (var index in table.Indexes)
                await MakeAgainAsync(store, table, index);
        }
    }

    private static async Task MakeAgainAsync(IDocumentStore store, Table table, Weasel.Postgresql.Tables.IndexDefinition index)
    {
        try
        {
            await ExecuteAsync(store, Creating(index.ToDDL(table)));
        }
        catch
        {
            // A concurrent build that fails leaves an invalid index behind, which IF NOT EXISTS would keep for good:
            // without it, ops/db assert names it missing and ops/db apply or the next rebuild makes it.
            await ExecuteAsync(store, $"drop index if exists {table.Identifier.Schema}.{index.Name}");
            throw;
        }
    }

    /// <summary>The indexes a rebuild of this projection sets aside, as Marten configures them (for the tests).</summary>
    public static IReadOnlyList<string> IndexesOf(IDocumentStore store, string projection) =>
        Tables.TryGetValue(projection, out var type) ? [.. TableOf(store, type).Indexes.Select(index => index.Name)] : [];

    private static Table TableOf(IDocumentStore store, Type documentType) =>
        ((StoreOptions)store.Options).Storage.FindFeature(documentType).Objects.OfType<Table>().Single();

    /// <summary>Made again only where missing (another process may have made it meanwhile: Marten's schema check), beside the forum's writes.</summary>
    private static string Creating(string ddl) =>
        ddl.Trim().StartsWith("CREATE INDEX ", StringComparison.OrdinalIgnoreCase) ? $"CREATE INDEX CONCURRENTLY IF NOT EXISTS {ddl.Trim()[13..]}" : ddl;

    private static async Task ExecuteAsync(IDocumentStore store, string sql)
    {
        await using var command = ((PostgresqlDatabase)store.Storage.Database).DataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
