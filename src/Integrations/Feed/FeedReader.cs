using Marten;

namespace Politikerforum.Integrations.Feed;

/// <param name="Next">The position to read after next time: the last event returned, or further when the rest up to the mark was not for this reader.</param>
/// <param name="HighWater">The mark this read stopped at: nothing after it was read.</param>
public sealed record FeedBatch(IReadOnlyList<FeedItem> Items, long Next, long HighWater);

/// <summary>
/// Reads the public feed in global event order, from the stored events in large batches up to the high-water mark
/// (<see cref="StoredEvents"/>), and decides what an integrator may see batch by batch with <see cref="IntegratorView"/>
/// and <see cref="PublicEvents"/>.
/// </summary>
public sealed class FeedReader(IDocumentStore store, StoredEvents stored, HighWater highWater, FeedEnvelope envelope)
{
    public const int BatchSize = 5000;

    /// <summary>Raw events looked at per read, so a narrow filter answers in bounded time and tells where to go on.</summary>
    public const int ScanBudget = 20_000;

    private long _reads;

    /// <summary>How many reads this node has made: what a hundred stream listeners must not multiply.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    public async Task<FeedBatch> ReadAsync(long after, int limit, FeedFilter filter, CancellationToken ct) =>
        await ReadAsync(after, await highWater.ReadAsync(ct), limit, filter, ct);

    /// <param name="ceiling">The high-water mark to read up to (inclusive).</param>
    public async Task<FeedBatch> ReadAsync(long after, long ceiling, int limit, FeedFilter filter, CancellationToken ct)
    {
        Interlocked.Increment(ref _reads);
        await using var session = store.QuerySession();
        var items = new List<FeedItem>();
        var position = after;
        var scanned = 0;
        while (items.Count < limit && position < ceiling && scanned < ScanBudget)
        {
            var rows = RowsToRead(limit - items.Count, items.Count, scanned);
            var page = await stored.ReadAsync(position, ceiling, rows, ct);
            scanned += page.Rows;
            var view = await IntegratorView.LoadAsync(session, page.Events, ct);
            foreach (var e in page.Events)
            {
                position = e.Sequence;
                if (PublicEvents.Of(e, view) is not { } shown || !filter.Matches(shown)) continue;
                items.Add(envelope.Wrap(e, shown));
                if (items.Count == limit) break;
            }
            if (items.Count < limit)
            {
                // Every row was looked at, also those after the last known event; fewer than asked for means nothing else
                // has committed up to the mark, so the reader may go on from the mark.
                position = Math.Max(position, page.Last);
                if (page.Rows < rows) position = ceiling;
            }
        }
        return new FeedBatch(items, position, ceiling);
    }

    /// <summary>
    /// How many rows the next read asks for: about as many as the items still wanted need, at the share of shown events
    /// met so far on this read, with a margin. Every row read past the last item is read again by the next page, so a
    /// full batch on top of a half-filled page was a fifth of a catch-up's reading thrown away. The size never changes
    /// what is sent: an event is shown or not by itself, and the scan budget still ends at the same row.
    /// </summary>
    private static int RowsToRead(int wanted, int found, int scanned)
    {
        // At first twice what is wanted (about half of all events are public); a filter that found nothing in that, a full batch.
        var estimate = scanned == 0 ? (long)wanted * 2 + 64 : found == 0 ? BatchSize : (long)wanted * scanned / found * 9 / 8 + 64;
        var rows = (int)Math.Min(BatchSize, estimate);
        return Math.Min(rows, ScanBudget - scanned);
    }
}
