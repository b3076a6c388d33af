using Marten;
using Wolverine;
using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Demo;

/// <summary>
/// Seeds a small Danish demo forum when <c>Forum:SeedDemoData</c> is on and the event store is empty.
/// The demo goes through the same rules as real use: every event comes from a rule's Decide, and is
/// stamped with its actor like any request's events.
/// </summary>
public sealed class DemoForum(
    IDocumentStore store, IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DemoForum> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Forum:SeedDemoData")) return;
        await using (var query = store.QuerySession())
        {
            if (await query.Events.QueryAllRawEvents().AnyAsync(ct)) return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var script = new DemoScript(this, clock, scope.ServiceProvider.GetRequiredService<IMessageBus>());
        var cast = await DemoContent.PlayAsync(script, ct);
        await DemoWork.PlayAsync(script, cast, ct);
        await DemoExperiments.PlayAsync(script, cast, ct);
        await DemoCommitments.PlayAsync(script, cast, ct);
        await DemoPace.PlayAsync(script, cast, ct);
        await DemoReview.PlayAsync(script, cast, ct);
        logger.LogInformation("Seeded the demo forum: {Actions} actions", script.Actions);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Appends the events of one action by one actor, as one unit of work.</summary>
    /// <param name="at">
    /// When it happened, if earlier than now: the events are recorded at that time, so the timeline and the weekly review
    /// see a quiet spell or an old promise as they would have seen it then.
    /// </param>
    internal async Task ActAsync(Actor actor, Action<IDocumentSession> append, CancellationToken ct, DateTimeOffset? at = null)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = actor.Id.ToString();
        session.SetHeader(EventActor.RoleHeader, actor.ShownRole.ToString().ToLowerInvariant());
        append(session);
        if (at is { } earlier)
            foreach (var e in session.PendingChanges.Streams().SelectMany(stream => stream.Events)) e.Timestamp = earlier;
        await session.SaveChangesAsync(ct);
    }
}

/// <summary>Counts the demo's actions and gives each its time.</summary>
internal sealed class DemoScript(DemoForum forum, TimeProvider clock, IMessageBus bus)
{
    public int Actions { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public Task ActAsync(Actor actor, Action<IDocumentSession> append, CancellationToken ct, DateTimeOffset? at = null)
    {
        Actions++;
        return forum.ActAsync(actor, append, ct, at);
    }

    /// <summary>What a request would have scheduled (deadlines, reverts), scheduled the same way.</summary>
    public async Task ScheduleAsync(object message, DateTimeOffset at) => await bus.ScheduleAsync(message, at);
}
