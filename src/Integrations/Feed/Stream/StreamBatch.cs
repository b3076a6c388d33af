namespace Politikerforum.Integrations.Feed.Stream;

/// <summary>One event of the live stream, encoded once for every listener on the node.</summary>
public sealed record StreamItem(long Sequence, PublicEvent Public, string Json);

/// <summary>
/// What the node's poller read in one go: every public event after <see cref="After"/> up to <see cref="UpTo"/>. A listener
/// that has sent less than <see cref="After"/> (it just joined, or it fell behind and batches were dropped for it) reads
/// the gap from the store first, so it never skips an event and never sends one twice.
/// </summary>
public sealed record StreamBatch(long After, long UpTo, IReadOnlyList<StreamItem> Items);
