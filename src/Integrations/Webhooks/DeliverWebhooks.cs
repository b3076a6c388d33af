using JasperFx.Core;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using Politikerforum.Integrations.Feed;
using Wolverine;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// "There may be events for this subscription": sent by the relay as events pass the high-water mark, by the sweep,
/// and by the deliverer itself as its scheduled retry (<see cref="Retry"/>). Any number of them may arrive; they are
/// idempotent, and whichever holds the subscription's lock delivers everything that is waiting.
/// </summary>
public record DeliverWebhooks(Guid SubscriptionId, bool Retry = false);

/// <summary>
/// Delivers a subscription's events in order from its <see cref="WebhookCursor"/>: each event is sent until the receiver
/// answers 2xx, retried with backoff (the retry is a durable scheduled message), parked after the retry period, and a
/// 410 disables the subscription. What is sent is read from the feed at send time, so it is what an integrator may see then.
/// </summary>
public static class DeliverWebhooksHandler
{
    /// <summary>
    /// One message delivers a bounded run, then hands on to the next: subscriptions take turns, and a host that stops
    /// finishes its run quickly and leaves the rest to the durable queue.
    /// </summary>
    private const int RunOf = 25;
    private static readonly TimeSpan LockBusyRetry = TimeSpan.FromSeconds(2);

    public static async Task<OutgoingMessages> Handle(
        DeliverWebhooks message, IDocumentSession session, NpgsqlDataSource db, FeedReader feed,
        WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider clock, CancellationToken ct)
    {
        // Another deliverer is on it; try again shortly rather than drop this nudge, in case it came just after that one looked.
        await using var held = await SubscriptionLock.TryTakeAsync(db, message.SubscriptionId, ct);
        if (held is null) return [new DeliverWebhooks(message.SubscriptionId).DelayedFor(LockBusyRetry)];

        var subscription = await session.LoadAsync<WebhookSubscription>(message.SubscriptionId, ct);
        var cursor = await session.LoadAsync<WebhookCursor>(message.SubscriptionId, ct);
        var secrets = await session.LoadAsync<WebhookSecrets>(message.SubscriptionId, ct);
        if (subscription is not { IsActive: true } || cursor is null || secrets is null) return [];
        if (cursor.NextAttemptAt is { } due && due > TimeProvider.System.GetUtcNow())
            return message.Retry ? [message.ScheduledAt(due)] : [];

        var filter = new FeedFilter(subscription.Types.ToHashSet(), subscription.ThemeId);
        for (var sent = 0; sent < RunOf;)
        {
            var batch = await feed.ReadAsync(cursor.Delivered, RunOf - sent, filter, ct);
            foreach (var item in batch.Items)
            {
                sent++;
                var result = await sender.SendAsync(subscription.Url, item.Id, item.Json, secrets, ct);
                var now = clock.GetUtcNow();
                var (subscriptionId, sequence) = (subscription.Id, item.Sequence);
                var delivery = await session.Query<WebhookDelivery>().FirstOrDefaultAsync(d => d.SubscriptionId == subscriptionId && d.Sequence == sequence, ct)
                    ?? new WebhookDelivery(Guid.CreateVersion7(), subscription.Id, item.Sequence, item.Id, item.Public.Type.Name, DeliveryStatus.Failing, 0, now, now, null, null, null);
                if (result.Delivered)
                {
                    session.Store(delivery.Attempted(result, now, DeliveryStatus.Delivered));
                    cursor = cursor.DeliveredUpTo(item.Sequence);
                    session.Store(cursor);
                    await session.SaveChangesAsync(ct);
                    continue;
                }
                if (result.Gone)
                {
                    session.Store(delivery.Attempted(result, now, DeliveryStatus.Failed));
                    session.Events.Append(subscription.Id, new WebhookDisabled(subscription.Id, 410, now));
                    return [];
                }
                var failingSince = cursor.FailingSince ?? now;
                if (RetryPolicy.GivesUp(options.Value, failingSince, now))
                {
                    session.Store(delivery.Attempted(result, now, DeliveryStatus.Parked));
                    cursor = cursor.DeliveredUpTo(item.Sequence);
                    session.Store(cursor);
                    await session.SaveChangesAsync(ct);
                    continue;
                }
                var wait = RetryPolicy.Delay(options.Value, cursor.Attempts + 1, result.RetryAfter, Random.Shared.NextDouble());
                var retryAt = TimeProvider.System.GetUtcNow() + wait;
                session.Store(delivery.Attempted(result, now, DeliveryStatus.Failing, retryAt));
                session.Store(cursor with { Attempts = cursor.Attempts + 1, FailingSince = failingSince, NextAttemptAt = retryAt });
                return [new DeliverWebhooks(subscription.Id, Retry: true).ScheduledAt(retryAt)];
            }
            // Everything up to where the feed stopped was for another reader or is sent: remember how far it has looked.
            cursor = cursor.DeliveredUpTo(batch.Next);
            session.Store(cursor);
            if (batch.Items.Count == 0) return [];
        }
        // A full run gives way to other subscriptions, and goes on in a message of its own.
        return [new DeliverWebhooks(message.SubscriptionId)];
    }
}
