using Npgsql;
using Politikerforum.Domain;

namespace Politikerforum.Integrations.Feed;

/// <summary>
/// Marten's high-water mark: the highest sequence below which every event is committed or known never to be. Event
/// sequences are taken when a transaction appends, not when it commits, so a later sequence can be visible before an
/// earlier one; the feed reads only up to this mark and so never skips an event that commits late. The async daemon
/// keeps the mark (one node at a time, see <see cref="FeedSetup"/>); every node reads it here.
/// </summary>
public sealed class HighWater(NpgsqlDataSource db)
{
    private static readonly string Sql = $"select last_seq_id from {ForumStore.Schema}.mt_event_progression where name = 'HighWaterMark'";

    public async Task<long> ReadAsync(CancellationToken ct)
    {
        await using var command = db.CreateCommand(Sql);
        return await command.ExecuteScalarAsync(ct) is long mark ? mark : 0;
    }
}
