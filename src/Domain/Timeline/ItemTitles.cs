using System.Collections.Concurrent;
using Marten;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;

namespace Politikerforum.Domain.Timeline;

/// <summary>
/// An event about a decision, an experiment or a commitment that names it only by id (a position names its proposal).
/// The handler that appends it has the item loaded and copies its name in, so the timeline writes the summary
/// without a query, inline and on every rebuild.
/// </summary>
public interface INamesItsItem
{
    /// <summary>
    /// The proposal's or the experiment's title, what a commitment promises: it never changes. Null in events stored
    /// before the name was carried; <see cref="ItemTitles"/> then reads it from the item's first event.
    /// </summary>
    string? ItemTitle { get; }
}

/// <summary>
/// The name of the item an event is about, for the events that do not hold it in their own fields: carried in the
/// event (<see cref="INamesItsItem"/>), or, for an event stored before it was, read from the first event of the
/// item's own stream, which always holds it and never changes. The event store rather than a read model, so a
/// rebuild of the timeline reads the same name whatever else is being rebuilt.
/// </summary>
public static class ItemTitles
{
    /// <summary>
    /// Names read for older events, by stream: a name never changes, so a rebuild over many older positions on one
    /// proposal asks once. Bounded, since only older events ever need it.
    /// </summary>
    private static readonly ConcurrentDictionary<Guid, string> Read = new();
    private const int ReadLimit = 10_000;

    /// <summary>The stream that names the event's item; null for events that carry their item's name or have none.</summary>
    public static Guid? StreamOf(object data) => data switch
    {
        PositionTaken e => e.DecisionId,
        DecisionClosedForPositions e => e.DecisionId,
        DecisionConcluded e => e.DecisionId,
        DecisionWithdrawn e => e.DecisionId,
        DecisionReviewDue e => e.DecisionId,
        ExperimentProgressNoted e => e.ExperimentId,
        CommitmentFulfilled e => e.CommitmentId,
        CommitmentWithdrawn e => e.CommitmentId,
        CommitmentOverdue e => e.CommitmentId,
        _ => null
    };

    /// <summary>The name a stream's first event gives its item: a proposal's and an experiment's title, what a commitment promises.</summary>
    public static string? In(object first) => first switch
    {
        DecisionProposed e => e.Title,
        ExperimentProposed e => e.Title,
        CommitmentMade e => e.What,
        _ => null
    };

    public static async ValueTask<string?> LoadAsync(IQuerySession session, object data, CancellationToken ct)
    {
        if (data is INamesItsItem { ItemTitle: { } carried }) return carried;
        if (StreamOf(data) is not { } stream) return null;
        if (Read.TryGetValue(stream, out var known)) return known;
        var first = await session.Events.FetchStreamAsync(stream, version: 1, token: ct);
        if (first.Count == 0 || In(first[0].Data) is not { } title) return null;
        if (Read.Count >= ReadLimit) Read.Clear();
        Read[stream] = title;
        return title;
    }
}
