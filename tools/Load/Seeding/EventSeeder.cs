using JasperFx.Events;
using Marten;
using Marten.Events;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Load.Seeding;

/// <summary>
/// Writes whole streams of the Domain's own events in large COPY batches (Marten's bulk event insert). No
/// projection runs here: the rebuild that follows makes every read model from these events, as the forum would.
/// Events carry the actor and role in their metadata, as the doors stamp them, and times spread over a year.
/// </summary>
public sealed partial class EventSeeder(DocumentStore store, ForumShape shape, int seed)
{
    private const int BatchEvents = 25_000;
    private static readonly Guid Admin = Guid.Empty;

    private readonly Random _random = new(seed);
    private readonly EventGraph _graph = (EventGraph)store.Options.Events;
    private readonly List<StreamAction> _batch = [];
    private readonly Dictionary<Guid, int> _perTheme = [];
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow.AddDays(-365);
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private int _batched;
    private long _written;

    public async Task<Manifest> SeedAsync(CancellationToken ct)
    {
        foreach (var member in shape.Members) await RegisterAsync(member, ct);
        foreach (var (theme, i) in shape.Themes.Select((t, i) => (t, i)))
            await OpenThemeAsync(theme.Id, theme.Title, i % 2 == 0 ? Visibility.Public : Visibility.Forum, ct);
        await OpenThemeAsync(shape.LagTheme, "Måling af forsinkelse", Visibility.Forum, ct);

        // What the write load works on: a few hot decisions in the largest themes, running experiments in many.
        var hot = new List<Guid>();
        foreach (var theme in shape.Themes.Take(ForumShape.HotDecisionCount)) hot.Add(await ProposeAsync(theme.Id, positions: 0, ct));
        var running = new List<Guid>();
        foreach (var theme in shape.Themes.Take(ForumShape.RunningExperimentCount)) running.Add(await ExperimentAsync(theme.Id, notes: 0, ct));

        while (_written + _batched < shape.Events)
        {
            var theme = shape.DrawTheme(_random).Id;
            var roll = _random.Next(100);
            if (roll < 85) await PostAsync(theme, ct);
            else if (roll < 91) await LessonAsync(theme, ct);
            else if (roll < 96) await ProposeAsync(theme, positions: _random.Next(1, 9), ct);
            else await ExperimentAsync(theme, notes: _random.Next(0, 6), ct);
        }
        await FlushAsync(ct);

        var themes = shape.Themes.Select(t => t with { Events = _perTheme[t.Id] }).ToList();
        return new Manifest(_written, 0, null, shape.Members, themes, shape.LagTheme, hot, running);
    }

    /// <summary>The time of the next stream's first event: the seeded year is spread evenly over the events.</summary>
    private DateTimeOffset Now => _start + (_now - _start) * ((_written + _batched) / (double)shape.Events);

    private BenchMember AnyMember() => shape.Members[_random.Next(shape.Members.Count)];

    private IEvent Stamped(object data, Guid actor, string role = "member")
    {
        var e = _graph.BuildEvent(data);
        e.Timestamp = Now;
        e.UserName = actor.ToString();
        e.SetHeader(EventActor.RoleHeader, role);
        return e;
    }

    private async Task StartAsync<TAggregate>(Guid id, Guid? theme, IEvent[] events, CancellationToken ct)
    {
        var action = StreamAction.Start(id, events);
        action.AggregateType = typeof(TAggregate);
        _batch.Add(action);
        _batched += events.Length;
        if (theme is { } t) _perTheme[t] = _perTheme.GetValueOrDefault(t) + events.Length;
        if (_batched >= BatchEvents) await FlushAsync(ct);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (_batch.Count == 0) return;
        await store.BulkInsertEventsAsync(_batch, BatchEvents, ct);
        _written += _batched;
        _batched = 0;
        _batch.Clear();
        Console.Error.Write($"\rseeded {_written:N0} of {shape.Events:N0} events");
        if (_written >= shape.Events) Console.Error.WriteLine();
    }

    private static Position AnyPosition(Random random) => (Position)random.Next(3);

    /// <summary>Named as TakePosition names it: the proposal's title travels with the position.</summary>
    private PositionTaken Position(Guid decision, Guid theme, string title, BenchMember member) =>
        new(decision, theme, member.Id, member.Level, member.Body, AnyPosition(_random), _random.Next(3) == 0 ? null : Texts.Paragraph(_random), Now)
        {
            ItemTitle = title
        };

    private ExperimentProgressNoted Note(Guid experiment, Guid theme, string title, BenchMember member) =>
        new(experiment, theme, Texts.Paragraph(_random), member.Id, Now) { ItemTitle = title };
}
