// The stack's floor (issue 13, round 7). What the fixed stack — Marten's event store and Wolverine's HTTP endpoints and
// transactional middleware — allows on this machine for the transaction ops/bench.d/command.sql measures: read a
// stream's version and its snapshot, append one event, bump the version, upsert the snapshot. Written as the Marten
// and Wolverine documentation writes a minimal command endpoint: no authentication, no idempotency, no metadata, no
// telemetry, none of the forum's read models. ops/bench runs it after the forum, on the same cluster, and reports
// floor_cmds_per_s over pg_command_tps as floor_ratio beside the forum's write_ratio. Nothing in production uses it.
//
// FLOOR_ENTRIES=2 adds two inline projections that insert one small document per event each, as the forum's timeline
// and audit trail do: the difference between the two floors is what two such read models cost. FLOOR_APPEND=Rich
// appends as the forum does (ForumStore: each event's sequence assigned before the inline projections run) instead of
// Marten 9's default quick append (one function call per stream).
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Politikerforum.Floor;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);
var entries = builder.Configuration.GetValue("FLOOR_ENTRIES", 0);
var appendGiven = Enum.TryParse<EventAppendMode>(builder.Configuration["FLOOR_APPEND"], out var append);

// The forum's two Npgsql settings (ForumStore.Connecting): statements seen twice are prepared, at most 50 per connection.
var connectionString = new NpgsqlConnectionStringBuilder(builder.Configuration.GetConnectionString("Marten"))
    { MaxAutoPrepare = 50, AutoPrepareMinUsages = 2 }.ConnectionString;

builder.Services.AddMarten(opts =>
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = "floor";
        if (appendGiven) opts.Events.AppendMode = append;
        opts.Projections.Snapshot<Topic>(SnapshotLifecycle.Inline);
        if (entries > 0) opts.Projections.Add<TimelineEntries>(ProjectionLifecycle.Inline);
        if (entries > 1) opts.Projections.Add<AuditEntries>(ProjectionLifecycle.Inline);
    })
    .UseLightweightSessions()
    .IntegrateWithWolverine()
    .ApplyAllDatabaseChangesOnStartup();

builder.Host.UseWolverine(opts =>
{
    opts.Policies.AutoApplyTransactions();
    // Its own envelope tables and node records, apart from the forum's in the same database.
    opts.Durability.MessageStorageSchemaName = "floor";
});
builder.Services.AddWolverineHttp();

var app = builder.Build();
app.MapGet("/floor/ready", () => Results.Ok());
app.MapWolverineEndpoints();
return await app.RunJasperFxCommands(args);
