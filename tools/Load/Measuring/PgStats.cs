using Npgsql;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// What PostgreSQL saw in a phase, from pg_stat_statements and pg_stat_database: the statements that took the
/// most time, and the statements and transactions per request, which show the round trips.
/// </summary>
public sealed class PgStats(string connectionString)
{
    public sealed record Statement(long Calls, double TotalMs, double MeanMs, long Rows, string Query);

    /// <summary>Commits counts every transaction, and a statement outside an explicit transaction is one.</summary>
    public sealed record Totals(long Statements, double ExecMs, long Commits);

    public Task ResetAsync() => ExecuteAsync("select pg_stat_statements_reset(); select pg_stat_reset();");

    public Task AnalyzeAsync() => ExecuteAsync("analyze");

    public Task CheckpointAsync() => ExecuteAsync("checkpoint");

    public async Task<Totals> TotalsAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            select (select coalesce(sum(calls), 0)::bigint from pg_stat_statements where dbid = d.datid),
                   (select coalesce(sum(total_exec_time), 0) from pg_stat_statements where dbid = d.datid),
                   d.xact_commit
            from pg_stat_database d where d.datname = current_database()
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Totals(reader.GetInt64(0), reader.GetDouble(1), reader.GetInt64(2));
    }

    public async Task<List<Statement>> TopAsync(int count)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            select calls, total_exec_time, mean_exec_time, rows, regexp_replace(query, '\s+', ' ', 'g')
            from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
            order by total_exec_time desc limit $1
            """, connection) { Parameters = { new() { Value = count } } };
        await using var reader = await command.ExecuteReaderAsync();
        var top = new List<Statement>();
        while (await reader.ReadAsync())
        {
            var query = reader.GetString(4);
            top.Add(new Statement(reader.GetInt64(0), Math.Round(reader.GetDouble(1), 1), Math.Round(reader.GetDouble(2), 3), reader.GetInt64(3),
                query.Length > 300 ? query[..300] + "…" : query));
        }
        return top;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
