namespace Politikerforum.Integrations.Graph.Subscriptions;

/// <summary>
/// A linked channel as the Graph import follows it: its change-notification subscription (with the random
/// <see cref="ClientState"/> Graph must send back), its delta link, and what the status page shows. A Marten document
/// keyed by the channel id; operational state only — the forum's record of the discussion is the posts' events.
/// </summary>
public sealed record WatchedChannel(string Id, Guid ThemeId, string TeamId)
{
    public string? SubscriptionId { get; init; }
    public string? ClientState { get; init; }
    public DateTimeOffset? SubscriptionExpiresAt { get; init; }

    /// <summary>Graph sends the messages themselves, encrypted for the forum's certificate.</summary>
    public bool IncludesResourceData { get; init; }

    /// <summary>Where the next delta round starts: everything before it has been imported.</summary>
    public string? DeltaLink { get; init; }
    public DateTimeOffset? LastDeltaSyncAt { get; init; }
    public DateTimeOffset? LastNotificationAt { get; init; }
    public DateTimeOffset? LastImportAt { get; init; }

    /// <summary>From a message's change in Teams to its import, for the latest import.</summary>
    public TimeSpan? LastLag { get; init; }

    /// <summary>The latest failures, newest first.</summary>
    public IReadOnlyList<GraphFailure> Errors { get; init; } = [];

    public const int ErrorsKept = 10;

    public WatchedChannel Failed(string what, DateTimeOffset at) =>
        this with { Errors = [new GraphFailure(at, what), .. Errors.Take(ErrorsKept - 1)] };
}

public sealed record GraphFailure(DateTimeOffset At, string What);
