using System.Diagnostics;
using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Trace;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Host.Tests.Graph.Support;
using Politikerforum.Integrations.Graph;
using Politikerforum.Integrations.Teams;
using Wolverine;

namespace Politikerforum.Host.Tests.Support;

/// <summary>
/// One forum host for the whole test run, against the real PostgreSQL that ops/test starts
/// (ConnectionStrings__Marten). Tokens come from the development issuer with a test key. The Teams bot is on,
/// aimed at stand-ins for the Bot Framework and the Connector on 127.0.0.1.
/// </summary>
public sealed class ForumFixture : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>
    /// The forum's clock. Rules and scheduled work read the time from it, so tests move it forward
    /// instead of waiting; it only ever moves forward, so tests use times relative to it.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The host's log lines at Information and above, whatever the console shows.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Every span the host exported, through the same OpenTelemetry pipeline as production.</summary>
    public List<Activity> Spans { get; } = [];

    public FakeBotFramework BotFramework { get; private set; } = null!;
    public FakeConnector Connector { get; private set; } = null!;
    public FakeGraph Graph { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Marten")
            ?? throw new InvalidOperationException("Run the tests with ops/test, which starts PostgreSQL and sets ConnectionStrings__Marten.");
        BotFramework = await FakeBotFramework.StartAsync();
        Connector = await FakeConnector.StartAsync();
        Graph = await FakeGraph.StartAsync();
        Host = await AlbaHost.For<Program>(builder =>
        {
            Configure(builder, connectionString, Graph);
            builder.UseSetting("Teams:AppId", FakeBotFramework.AppId);
            builder.UseSetting("Teams:AppPassword", FakeBotFramework.AppPassword);
            builder.UseSetting("Teams:OpenIdMetadataUrl", BotFramework.MetadataUrl);
            builder.UseSetting("Teams:TokenEndpoint", BotFramework.TokenEndpoint);
            builder.UseSetting("Teams:Issuer", FakeBotFramework.Issuer);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton<ILoggerProvider>(Logs);
                services.Configure<LoggerFilterOptions>(o => o.AddFilter<CapturedLogs>(null, LogLevel.Information));
                // Exported, so recorded, as with an OTLP endpoint in production (Telemetry).
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans).SetSampler(new AlwaysOnSampler()));
                foreach (var client in new[] { TeamsHttp.OpenId, TeamsHttp.Login, TeamsHttp.Connector })
                    services.AddHttpClient(client).ConfigurePrimaryHttpMessageHandler(LoopbackCertificate.TrustingHandler);
            });
        });
    }

    /// <summary>
    /// What every forum host in the tests shares: the database, the development tokens, and Graph aimed at the fake on
    /// 127.0.0.1. A test that builds a second host on the same database (a restart) starts from this too.
    /// </summary>
    public static void Configure(IWebHostBuilder builder, string connectionString, FakeGraph graph)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Marten", connectionString);
        builder.UseSetting("Auth:DevelopmentSigningKey", Tokens.SigningKey);
        builder.UseSetting("Forum:SeedDemoData", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The whole suite (and the fuzz test's thousands of requests) runs as a handful of callers.
        builder.UseSetting("RateLimiting:PermitLimit", "1000000");
        builder.UseSetting("Graph:TenantId", FakeGraph.TenantId);
        builder.UseSetting("Graph:ClientId", FakeGraph.ClientId);
        builder.UseSetting("Graph:ClientSecret", FakeGraph.ClientSecret);
        builder.UseSetting("Graph:BaseUrl", graph.BaseUrl);
        builder.UseSetting("Graph:TokenEndpoint", graph.TokenEndpoint);
        builder.UseSetting("Graph:NotificationBaseUrl", FakeGraph.ForumPublicUrl);
        builder.UseSetting("Graph:TeamId", FakeGraph.TeamId);
        builder.UseSetting("Graph:MeetingOrganizer", FakeGraph.MeetingOrganizer);
        ForumSettings.Integrators(builder);
        builder.ConfigureServices(services =>
        {
            // One node: Wolverine starts every projection and subscription agent here at once, with no election to wait for.
            services.RunWolverineInSoloMode();
            services.DisableAllExternalWolverineTransports();
            foreach (var client in new[] { GraphHttp.Api, GraphHttp.Login })
                services.AddHttpClient(client).ConfigurePrimaryHttpMessageHandler(LoopbackCertificate.TrustingHandler);
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Graph.DisposeAsync();
        await BotFramework.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ForumCollection : ICollectionFixture<ForumFixture>
{
    public const string Name = "forum";
}
