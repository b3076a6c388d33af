using JasperFx;
using JasperFx.CommandLine;
using JasperFx.Events.Projections;
using Marten;
using Politikerforum.Domain;

namespace Politikerforum.Host.Operations;

public sealed class RebuildProjectionsInput : NetCoreInput
{
    [Description("Only this projection (e.g. Timeline); all of them when left out")]
    public string? ProjectionFlag { get; set; }
}

/// <summary>
/// ops/projections rebuild [name]: Marten's rebuild through a projection daemon of its own, in a process of its own, while
/// the forum's hosts keep serving from the same database. Prints a progress bar and records its progress for
/// GET /api/admin/projections.
/// </summary>
[Description("Rebuilds one or every projection from the events while the forum serves, with a progress bar", Name = "rebuild-projections")]
public sealed class RebuildProjectionsCommand : JasperFxAsyncCommand<RebuildProjectionsInput>
{
    public override async Task<bool> Execute(RebuildProjectionsInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var clock = host.Services.GetRequiredService<TimeProvider>();
        var known = store.Options.Events.Projections().Select(p => p.Name).Order().ToList();
        var names = input.ProjectionFlag is { } one ? known.Where(n => Answers(n, one)).ToList() : known;
        if (names.Count == 0)
        {
            await Console.Error.WriteLineAsync($"No projection is called '{input.ProjectionFlag}'. The forum's projections: {string.Join(", ", known)}.");
            return false;
        }
        var failed = 0;
        // Several at once (ProjectionRebuilds): their bars then take a line each, as into a file, rather than redraw one line.
        var redraw = !Console.IsOutputRedirected && names.Count == 1;
        await ProjectionRebuilds.RunAsync(store, names, async (name, rebuilding) =>
        {
            if (!await WatchAsync(store, name, rebuilding, clock, redraw)) Interlocked.Increment(ref failed);
        }, CancellationToken.None);
        return failed == 0;
    }

    /// <summary>A projection answers to its name, and a class-named one also to its short name: Timeline for ….TimelineProjection.</summary>
    private static bool Answers(string name, string asked) =>
        new[] { asked, $".{asked}", $".{asked}Projection" }.Any(form => name.EndsWith(form, StringComparison.OrdinalIgnoreCase) &&
                                                                         (form != asked || name.Length == asked.Length));

    /// <summary>Shows the rebuild's progress and records it for GET /api/admin/projections until it ends.</summary>
    private static async Task<bool> WatchAsync(IDocumentStore store, string name, Task rebuilding, TimeProvider clock, bool redraw)
    {
        var target = await store.Storage.Database.FetchHighestEventSequenceNumber();
        var record = new ProjectionRebuild { Id = name, StartedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(), Target = target };
        await SaveAsync(store, record);
        var bar = new ProgressBar(name[(name.LastIndexOf('.') + 1)..], target, Console.Out, redraw, clock);

        while (await Task.WhenAny(rebuilding, Task.Delay(500)) != rebuilding)
        {
            var position = Math.Min(target, await store.Storage.Database.ProjectionProgressFor(new ShardName(name, ShardName.All, 1)));
            bar.Show(position);
            await SaveAsync(store, record = record with { UpdatedAt = clock.GetUtcNow(), Position = position, EventsPerSecond = bar.EventsPerSecond });
        }
        try
        {
            await rebuilding;
        }
        catch (Exception e)
        {
            await SaveAsync(store, record with { UpdatedAt = clock.GetUtcNow(), Failure = e.Message });
            await Console.Error.WriteLineAsync($"{name}: the rebuild failed: {e.Message}");
            return false;
        }
        bar.Show(target, final: true);
        await SaveAsync(store, record with
        {
            UpdatedAt = clock.GetUtcNow(), FinishedAt = clock.GetUtcNow(), Position = target, EventsPerSecond = bar.EventsPerSecond
        });
        return true;
    }

    private static async Task SaveAsync(IDocumentStore store, ProjectionRebuild record)
    {
        await using var session = store.LightweightSession();
        session.Store(record);
        await session.SaveChangesAsync();
    }
}
