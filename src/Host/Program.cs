using Politikerforum.Domain.Themes;
using JasperFx;
using JasperFx.Core;
using Marten;
using JasperFx.OpenTelemetry;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Demo;
using Politikerforum.Host.Http;
using Politikerforum.Host.Observability;
using Politikerforum.Host.Operations;
using Politikerforum.Host.Settings;
using JasperFx.CodeGeneration;
using Politikerforum.Host.Web;
using Politikerforum.Domain.Search;
using Politikerforum.Integrations;
using Politikerforum.Integrations.Graph;
using Politikerforum.Integrations.Teams;
using Politikerforum.Integrations.Teams.Notices;
using Npgsql;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);

// A Teams bot configured so that it could not work stops the host here, with one line naming the setting.
if ((TeamsBot.ConfigurationProblem(builder.Configuration) ?? GraphIntegration.ConfigurationProblem(builder.Configuration)) is { } integrationProblem)
{
    Console.Error.WriteLine(integrationProblem);
    return 1;
}

// Every other setting is checked here, the same way the host checks it again on start (ValidateOnStart).
if (SettingsCheck.Problem(builder.Configuration, builder.Environment) is { } settingsProblem)
{
    Console.Error.WriteLine(settingsProblem);
    return 1;
}
builder.Services.AddForumSettings();
var connectionString = ForumStore.Connecting(builder.Configuration.GetConnectionString("Marten")!);
var runsLocally = builder.Environment.RunsLocally();
// Locally Wolverine compiles the handler code with Roslyn, so a changed handler runs before ops/codegen; ops/bench asks
// for the pre-generated code instead (Forum:PreGeneratedCode), so it measures the code and the memory production runs.
var compilesHandlers = runsLocally && !builder.Configuration.GetValue<bool>("Forum:PreGeneratedCode");

builder.Services.CritterStackDefaults(defaults =>
{
    // Testing runs like Development. Anywhere else Wolverine runs the handler code generated at build time
    // (ops/codegen; a test fails when it is stale) and the schema is the operator's to change (ops/db).
    if (runsLocally) defaults.DevelopmentEnvironmentName = builder.Environment.EnvironmentName;
    foreach (var profile in compilesHandlers ? [defaults.Production] : new[] { defaults.Production, defaults.Development })
    {
        profile.GeneratedCodeMode = TypeLoadMode.Static;
        profile.AssertAllPreGeneratedTypesExist = true;
    }
    defaults.Production.ResourceAutoCreate = AutoCreate.None;
});
if (!compilesHandlers) NoRuntimeCompilation.Register(builder.Services);

// Who each caller is, remembered between requests and forgotten on any registry change (RegistryCache).
var registry = new RegistryCache();
builder.Services.AddSingleton(registry);
builder.Services.AddHostedService<RegistryChanges>();
var marten = builder.Services.AddMarten(opts =>
    {
        opts.Connection(connectionString);
        opts.Listeners.Add(registry.Forgetting);
        ForumStore.Configure(opts);
        opts.AddIdempotencyKeys();
        opts.AddWebhookStorage();
        opts.OpenTelemetry.TrackConnections = TrackLevel.Normal;
        opts.OpenTelemetry.TrackEventCounters();
        opts.Schema.For<ProjectionRebuild>();
    })
    // Requests and handlers on a pool of their own, without Npgsql's reset; Wolverine's locks stay on Marten's (RequestSessions).
    .BuildSessionsWith<RequestSessions>()
    // The events the Teams bot tells of are forwarded to it through the committing command's outbox (see NoticeForwarding).
    .IntegrateWithWolverine(wolverine =>
    {
        wolverine.UseFastEventForwarding = true;
        // The async projections and subscriptions (the integrators' relays, which also move the high-water mark the
        // feed reads up to) run as Wolverine agents, spread over the live nodes by the elected leader and moved to a
        // survivor when a node dies (see NodeSettings). This replaces Marten's own daemon: never AddAsyncDaemon too.
        wolverine.UseWolverineManagedEventSubscriptionDistribution = true;
        wolverine.ForwardTeamsNotices();
        wolverine.ForwardGraphWork();
    })
    .AddIntegratorSubscriptions(builder.Configuration);
if (runsLocally) marten.ApplyAllDatabaseChangesOnStartup();

builder.Host.UseWolverine(opts =>
{
    opts.UseRuntimeCompilation();
    opts.Policies.AutoApplyTransactions();
    // Deadlines, reviews, reverts and overdue flags lie days or weeks ahead: kept in PostgreSQL, not in memory,
    // they survive a restart or a deployment.
    opts.Policies.AlwaysMakeScheduledMessagesDurable();
    opts.Policies.UseDurableLocalQueues();
    // Scheduled work on a stream someone is writing to at the same moment: try again shortly.
    opts.OnException<ConcurrencyException>().RetryWithCooldown(50.Milliseconds(), 200.Milliseconds(), 500.Milliseconds());
    opts.Discovery.IncludeAssembly(typeof(ForumStore).Assembly);
    // The Teams bot's deliveries (Integrations/Teams/Outbound) leave through the durable outbox.
    opts.Discovery.IncludeAssembly(typeof(TeamsBot).Assembly);
    opts.UseTeamsOutbox();
    // Webhook deliveries and, when configured, the RabbitMQ exchange (Integrations/Webhooks, Integrations/Broker).
    opts.UseIntegrators(builder.Configuration);
    // The Graph import's work (subscriptions, notifications, catch-up) on durable local queues, one channel in order.
    opts.UseGraphQueues();
    // Every command's handler is told who acts, and stamps it on the events it appends.
    opts.Policies.AddMiddleware(typeof(CommandActor), chain => chain.MessageType.IsAssignableTo(typeof(ICommand)));
    // How soon the nodes notice that one of them died, and hand its agents and messages to the others.
    opts.UseNodeSettings(builder.Configuration);
});

builder.Services.AddWolverineHttp();
builder.Services.ConfigureHttpJsonOptions(o => ForumJson.Configure(o.SerializerOptions));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
builder.Services.AddSingleton(services => new RequestSessions.Pool(services.GetRequiredService<IDocumentStore>(), connectionString));
builder.Services.AddSingleton<ForumSearch>();
// Read now, so a host without its secret stops at start rather than at the first request with a key.
var callerSecret = CallerSecret.From(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(services => new RememberedOutcomes(
    services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<TimeProvider>(), callerSecret));
builder.Services.AddScoped<ForumCommands>();
builder.Services.AddForumProblemDetails();
builder.Services.AddForumRateLimiting(builder.Configuration);
builder.Logging.QuietUnreadableBodies();
builder.AddForumAuthentication();
builder.AddSecretariatWeb();
builder.AddTeamsBot();
builder.AddIntegrators();
builder.AddGraph();
builder.AddForumTelemetry();
builder.Services.AddHealthChecks().AddNpgSql(connectionString, name: "postgresql", tags: ["ready"]);
builder.AddForumOpenApi();
builder.Services.AddHostedService<DemoForum>();

var app = builder.Build();

app.UseSecurityHeaders(strictTransport: !app.Environment.IsDevelopment(), WebSignIn.EntraOrigin(builder.Configuration));
app.UseExceptionHandler();
app.UseStatusCodePages();
// A person at the pages is answered with a page in Danish, not with problem details.
app.UseWhen(context => WebSignIn.IsWebPath(context.Request.Path), web =>
{
    web.UseExceptionHandler(WebSignIn.ErrorPath.Replace("{0}", "500"));
    web.UseStatusCodePagesWithReExecute(WebSignIn.ErrorPath);
});
// The pages' stylesheet and scripts (htmx among them) are files of the forum's own, served to anyone.
app.UseStaticFiles();
// After the error pages, so a request shown an error page again is routed to that page.
app.UseRouting();
app.UseBodyLimit(builder.Configuration.GetValue("Http:MaxRequestBodyBytes", BodyLimit.DefaultMaxBytes));
// /api/messages checks the Bot Connector's own token; it branches off before the forum's user authentication,
// per-caller rate limit and authorization (see TeamsBot.UseTeamsBot).
app.UseTeamsBot();
app.UseGraphCallbacks();
app.UseAuthentication();
// After authentication, to know the caller; before identifying them, so a flood never reaches the database.
app.UseRateLimiter();
app.UseCallers();
app.UseAuthorization();
// After authorization, so a caller without a token is told that first; before any endpoint, so none reads a bad value.
app.UseQueryValues();
app.UseJsonBodies();

app.MapForumDocs();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });

app.MapSecretariatWeb();
app.MapWolverineEndpoints(opts =>
{
    opts.RequireAuthorizeOnAll();
    // A mistyped filter or cursor (?level=amt) must be a 400, not silently ignored into a wider list.
    opts.RejectUnparseableQueryValues = true;
    opts.AddPolicy<RejectNullBodies>();
    opts.AddParameterHandlingStrategy(new ActorParameter());
});

return await app.RunJasperFxCommands(args);

public partial class Program;
