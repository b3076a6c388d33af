using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Politikerforum.Integrations;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// <see cref="AdvisoryLock"/> holds its lock on a connection of the forum's own pool. A try that is cancelled between
/// taking the connection and asking for the lock must give the connection back, or the pool is one connection short for
/// as long as the host runs.
/// </summary>
public sealed class when_an_advisory_lock_is_tried(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_try_cancelled_after_its_connection_was_taken_gives_the_connection_back()
    {
        using var cancelled = new CancellationTokenSource();
        // A pool of one connection, whose opening cancels the try: the cancellation lands after the connection is ours.
        var connectionString = new NpgsqlConnectionStringBuilder(Host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Marten")) { MaxPoolSize = 1, Timeout = 3 };
        var builder = new NpgsqlDataSourceBuilder(connectionString.ConnectionString);
        builder.UsePhysicalConnectionInitializer(_ => cancelled.Cancel(), _ => { cancelled.Cancel(); return Task.CompletedTask; });
        await using var db = builder.Build();

        var id = Guid.NewGuid();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AdvisoryLock.TryTakeAsync(db, id, 7, cancelled.Token));

        // The one connection is free again: the next try gets it (and the lock) instead of waiting out the pool's timeout.
        await using var held = await AdvisoryLock.TryTakeAsync(db, id, 7, CancellationToken.None);
        Assert.NotNull(held);
    }
}
