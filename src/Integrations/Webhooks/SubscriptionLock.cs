using Npgsql;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// One deliverer per subscription at a time, across every node: an <see cref="AdvisoryLock"/> keyed by the subscription,
/// held while the deliverer runs. This is what keeps a subscription's deliveries in order.
/// </summary>
public static class SubscriptionLock
{
    private const long KeySpace = 0x5046_5745_4248_4b53;

    /// <summary>Null when another deliverer holds the subscription.</summary>
    public static Task<AdvisoryLock?> TryTakeAsync(NpgsqlDataSource db, Guid subscriptionId, CancellationToken ct) =>
        AdvisoryLock.TryTakeAsync(db, subscriptionId, KeySpace, ct);
}
