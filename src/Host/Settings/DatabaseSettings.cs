using Npgsql;

namespace Politikerforum.Host.Settings;

/// <summary><c>ConnectionStrings:Marten</c>: the PostgreSQL database that holds the event store and everything else.</summary>
public sealed class DatabaseSettings : ISettings
{
    public static string Section => "ConnectionStrings";

    /// <summary>Secret: it usually carries the password.</summary>
    public string? Marten { get; set; }

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(Marten))
        {
            yield return "ConnectionStrings:Marten is required: the forum's PostgreSQL database (environment variable ConnectionStrings__Marten, " +
                         "e.g. Host=db;Port=5432;Database=politikerforum;Username=forum;Password=…; ops/run starts a local one).";
            yield break;
        }
        // The value is never repeated: it holds the password.
        NpgsqlConnectionStringBuilder? parsed;
        try { parsed = new NpgsqlConnectionStringBuilder(Marten); }
        catch (ArgumentException) { parsed = null; }
        if (parsed is null || string.IsNullOrWhiteSpace(parsed.Host) || string.IsNullOrWhiteSpace(parsed.Database))
            yield return "ConnectionStrings:Marten is not a PostgreSQL connection string naming a host and a database " +
                         "(Host=…;Port=…;Database=…;Username=…;Password=…).";
    }

    /// <summary>
    /// The connection string as the forum connects with it: Npgsql prepares the statements it sees repeated (a timeline
    /// page's are the same on every page), unless the operator set <c>Max Auto Prepare</c> themselves (0 turns it off). PostgreSQL then
    /// plans each once per connection instead of on every request. A pooled connection is still reset on return, with
    /// everything <c>DISCARD ALL</c> resets but the prepared statements (docs/performance.md, "The read path, round 4").
    /// </summary>
    public static string Tuned(string connectionString)
    {
        // Npgsql's own builder knows every keyword whether given or not; the plain one holds only what was written.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.MaxAutoPrepare = 50;
        builder.AutoPrepareMinUsages = 2;
        return builder.ConnectionString;
    }
}
