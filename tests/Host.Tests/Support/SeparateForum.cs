using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace Politikerforum.Host.Tests.Support;

/// <summary>
/// A database of its own on the test PostgreSQL, for tests that start and stop forum hosts themselves (a restart, a
/// broker). The shared fixture's host never sees it, so it cannot deliver or publish in their place.
/// </summary>
public sealed class SeparateForum : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = $"forum_{Guid.NewGuid():N}";

    private SeparateForum(string server) => _server = server;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static async Task<SeparateForum> CreateAsync()
    {
        var forum = new SeparateForum(Environment.GetEnvironmentVariable("ConnectionStrings__Marten")
            ?? throw new InvalidOperationException("Run the tests with ops/test, which starts PostgreSQL and sets ConnectionStrings__Marten."));
        await using var admin = forum.Admin();
        await admin.CreateCommand($"create database {forum._name}").ExecuteNonQueryAsync();
        return forum;
    }

    /// <summary>A forum host on this database, configured as the fixture's (without the Teams stand-ins), plus <paramref name="configure"/>.</summary>
    public Task<IAlbaHost> StartHostAsync(Action<IWebHostBuilder>? configure = null) => StartHostAsync(ConnectionString, configure);

    /// <summary>The same host on any database, such as one on a cluster a test stops (<c>RestartablePostgres</c>).</summary>
    public static Task<IAlbaHost> StartHostAsync(string connectionString, Action<IWebHostBuilder>? configure = null) => AlbaHost.For<Program>(builder =>
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Marten", connectionString);
        builder.UseSetting("Auth:DevelopmentSigningKey", Tokens.SigningKey);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:PermitLimit", "1000000");
        ForumSettings.Integrators(builder);
        configure?.Invoke(builder);
        builder.ConfigureServices(services =>
        {
            services.RunWolverineInSoloMode();
        });
    });

    private NpgsqlDataSource Admin() => NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres" }.ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await using var admin = Admin();
        await admin.CreateCommand($"drop database if exists {_name} with (force)").ExecuteNonQueryAsync();
    }
}

/// <summary>Tests that start hosts of their own run alone, after the parallel ones, so they neither slow others nor are slowed.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeparateForumCollection
{
    public const string Name = "separate forum";
}
