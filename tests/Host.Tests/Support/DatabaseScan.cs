using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Politikerforum.Host.Tests.Support;

/// <summary>
/// Every table of every schema of ours, read row by row and column by column as text: binary columns decoded as UTF-8
/// (where Wolverine keeps message bodies), JSON escapes (<c>\u00e6</c>) undone, so a name cannot hide in either.
/// </summary>
public static partial class DatabaseScan
{
    /// <returns>"table (secret)" for each table that holds one of the secrets, in any case.</returns>
    public static async Task<List<string>> TablesMentioningAsync(params string[] secrets)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables " +
            "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        Assert.Contains("forum.mt_events", tables);
        Assert.Contains("forum.command_keys", tables);

        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var query = new NpgsqlCommand($"select * from {table}", connection);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var text = AsText(reader.IsDBNull(column) ? null : reader.GetValue(column));
                    found.AddRange(secrets.Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{table} ({s})"));
                }
        }
        return [.. found.Distinct()];
    }

    private static string AsText(object? value) => value switch
    {
        null => "",
        byte[] bytes => Unescaped(Encoding.UTF8.GetString(bytes)),
        string text => Unescaped(text),
        System.Collections.IEnumerable items => string.Join("\n", items.Cast<object?>().Select(AsText)),
        _ => value.ToString() ?? ""
    };

    private static string Unescaped(string text) =>
        JsonEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex JsonEscape();
}
