using Marten;
using Politikerforum.Integrations.Feed;
using Politikerforum.Integrations.Feed.Contract;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>Send one delivery once, now: a test (no sequence) or the replay of an earlier one. Sent through the outbox by the command.</summary>
public record SendDelivery(Guid SubscriptionId, Guid DeliveryId);

/// <summary>
/// Tests and replays go once, beside the subscription's ordered deliveries: the integrator asked for exactly this one
/// and reads how it went in the delivery list. A replayed event is read from the feed again, so it goes only if it is
/// still public.
/// </summary>
public static class SendDeliveryHandler
{
    public static async Task Handle(SendDelivery message, IDocumentSession session, FeedReader feed, FeedEnvelope envelope, WebhookSender sender,
        TimeProvider clock, CancellationToken ct)
    {
        var subscription = await session.LoadAsync<WebhookSubscription>(message.SubscriptionId, ct);
        var secrets = await session.LoadAsync<WebhookSecrets>(message.SubscriptionId, ct);
        var delivery = await session.LoadAsync<WebhookDelivery>(message.DeliveryId, ct);
        if (subscription is not { IsActive: true } || secrets is null || delivery is null) return;

        var now = clock.GetUtcNow();
        var body = delivery.Sequence == 0
            ? envelope.Test(delivery.EventId, new WebhookTestV1(subscription.Id, "Dette er en prøve fra Politikerforum."), now)
            : (await feed.ReadAsync(delivery.Sequence - 1, delivery.Sequence, 1, FeedFilter.Everything, ct)).Items.FirstOrDefault()?.Json;
        if (body is null)
        {
            session.Store(delivery with { Status = DeliveryStatus.Withheld, LastAttemptAt = now, NextAttemptAt = null });
            return;
        }
        var result = await sender.SendAsync(subscription.Url, delivery.EventId, body.Value, secrets, ct);
        session.Store(delivery.Attempted(result, now, result.Delivered ? DeliveryStatus.Delivered : DeliveryStatus.Failed));
        if (result.Gone) session.Events.Append(subscription.Id, new WebhookDisabled(subscription.Id, 410, now));
    }
}
