using Npgsql;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Decisions;

/// <summary>
/// A position is decided under the decision's stream lock, in a transaction on one connection held for the whole
/// command. A refusal is decided after the lock is taken and writes nothing: the transaction, and with it the lock,
/// must still end with the command, never stay open on a connection handed back to the pool.
/// </summary>
public sealed class when_a_position_is_refused_under_the_lock(ForumFixture fixture) : DecisionTest(fixture)
{
    [Fact]
    public async Task neither_the_lock_nor_the_transaction_outlives_the_refusal()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);
        var (_, outsider) = await MemberAsync("Ikke deltager", "region", Bodies["region"]);

        // Refused after the lock (not a participant), again and again: each would leave a lock behind if any did.
        foreach (var _ in Enumerable.Range(0, 5)) await (await TakePositionAsync(outsider, id, "support")).ShouldHaveStatusAsync(403);

        // No connection of this database is left inside a transaction (the host's agents' own are short: they end).
        await Poll.UntilAsync(async () => await OpenTransactionsAsync() == 0, TimeSpan.FromSeconds(10),
            () => "a connection stayed idle in a transaction after the refused positions");
        // And the decision is not locked: a participant's position is served at once.
        await (await TakePositionAsync(members[0].Caller, id, "support").WaitAsync(TimeSpan.FromSeconds(10))).ShouldHaveStatusAsync(200);
    }

    private static async Task<long> OpenTransactionsAsync()
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from pg_stat_activity where datname = current_database() and state like 'idle in transaction%' and pid <> pg_backend_pid()",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
