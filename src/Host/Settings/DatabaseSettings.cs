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
}
