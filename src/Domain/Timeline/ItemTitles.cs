using Marten;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;

namespace Politikerforum.Domain.Timeline;

/// <summary>
/// The name of the item an event is about, for the events that do not carry it (a position names its proposal), read
/// where the summary is written: from the first event of the item's own stream, which always holds it and never
/// changes. The event store rather than a read model, so a rebuild of the timeline reads the same name whatever
/// else is being rebuilt, and one query per such event rather than one per entry shown.
/// </summary>
public static class ItemTitles
{
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

    public static async Task<string?> LoadAsync(IQuerySession session, object data, CancellationToken ct)
    {
        if (StreamOf(data) is not { } stream) return null;
        var first = await session.Events.FetchStreamAsync(stream, version: 1, token: ct);
        return first.Count > 0 ? In(first[0].Data) : null;
    }
}
