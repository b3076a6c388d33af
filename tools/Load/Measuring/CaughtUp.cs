using System.Diagnostics;
using Npgsql;
using Politikerforum.Domain;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// The seeder bulk-appends its events straight to the store, so the host's async subscriptions (the webhook relay) meet
/// them all at once when it starts: no progress of theirs is stored yet, so they begin at the first event. A forum
/// that lived through those events has its subscriptions at the end of them. Without this wait a full run measured
/// the relay reading the million seeded events back during the write phase (round 4's full run: 1,399 pages of ~500
/// events, 694,465 rows and 7.5 s of PostgreSQL time in 30 s, besides the host's CPU to read them), which is no write's work.
/// The wait is for the relay's own progress (<see cref="Relay"/>): the rebuild leaves progress rows of the projections
/// at the end of the events, and a wait on every row found those before the relay had written its first, and waited
/// for nothing (round 5's first full run: 664,168 event rows read back during the writes).
/// </summary>
public static class CaughtUp
{
    /// <summary>The webhook relay's shard (<c>WebhookRelay</c>, a <c>BatchSubscription("webhooks")</c>): the host's one
    /// subscription in the bench, which configures no message broker.</summary>
    private const string Relay = "webhooks:All";

    public static async Task WaitAsync(string connectionString, TimeSpan deadline)
    {
        var waited = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            select (select coalesce(max(seq_id), 0) from {ForumStore.Schema}.mt_events),
                   (select count(*) from {ForumStore.Schema}.mt_event_progression where name = @relay),
                   (select coalesce(min(last_seq_id), 0) from {ForumStore.Schema}.mt_event_progression where name = @relay)
            """, connection);
        command.Parameters.AddWithValue("relay", Relay);
        var seeded = -1L;
        while (true)
        {
            await using (var reader = await command.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                if (seeded < 0) seeded = reader.GetInt64(0);
                var (shards, slowest) = (reader.GetInt64(1), reader.GetInt64(2));
                if (shards > 0 && slowest >= seeded)
                {
                    Phases.Say($"the host's webhook relay caught up with the {seeded:N0} seeded events in {waited.Elapsed.TotalSeconds:F0} s");
                    return;
                }
                if (waited.Elapsed > deadline)
                    throw new TimeoutException($"the host's webhook relay did not catch up with the seeded events in {deadline} ({(shards > 0 ? $"at {slowest:N0}" : "not started")} of {seeded:N0})");
            }
            await Task.Delay(500);
        }
    }
}
