using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Load;

/// <summary>The forum's own Marten configuration, so seeding and rebuilding go through the Domain's events and projections.</summary>
public static class BenchStore
{
    public static DocumentStore Open(string connectionString) => DocumentStore.For(opts =>
    {
        opts.Connection(connectionString);
        ForumStore.Configure(opts);
        opts.AddIdempotencyKeys();
    });

    /// <summary>For seeding and rebuilding: connected as ops/projections rebuild connects (<see cref="ForumStore.Connecting"/>).</summary>
    public static DocumentStore ForRebuild(string connectionString) => Open(ForumStore.Connecting(connectionString));
}
