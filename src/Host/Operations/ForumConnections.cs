using System.Data.Common;
using Npgsql;

namespace Politikerforum.Host.Operations;

/// <summary>
/// How the host talks to PostgreSQL. Most of PostgreSQL's CPU per command goes on parsing and planning, not on running
/// the statements (docs/performance.md): the same few dozen statements run on every request, so Npgsql prepares each
/// one on a connection once it has been used twice there, and PostgreSQL plans it once per connection instead of per call.
/// A value the operator sets in the connection string wins.
/// </summary>
public static class ForumConnections
{
    public const int MaxAutoPrepare = 100;

    public static string Tune(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(given, "Max Auto Prepare")) tuned.MaxAutoPrepare = MaxAutoPrepare;
        if (!Sets(given, "Auto Prepare Min Usages")) tuned.AutoPrepareMinUsages = 2;
        return tuned.ConnectionString;
    }

    /// <summary>Whether the operator's connection string names the setting, spelt with or without spaces.</summary>
    private static bool Sets(DbConnectionStringBuilder given, string key) =>
        given.ContainsKey(key) || given.ContainsKey(key.Replace(" ", ""));
}
