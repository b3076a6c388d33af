using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Wolverine;

namespace Politikerforum.Integrations.Webhooks;

public record ReplayWebhookDelivery([property: JsonIgnore] Guid SubscriptionId, [property: JsonIgnore] Guid DeliveryId) : ICommand;

public static class ReplayingDeliveries
{
    public static Refusal? Refuses(WebhookSubscription? subscription, WebhookDelivery? delivery, Actor actor) =>
        WebhookAccess.RefusesSending(subscription, actor)
        ?? (delivery is null || delivery.SubscriptionId != subscription!.Id ? Refusal.Unknown
        : delivery.Status is DeliveryStatus.Failing or DeliveryStatus.Pending
            ? Refusal.Conflict("Leveringen er allerede ved at blive sendt. Vent på resultatet, og prøv derefter igen.")
        : null);

    public static WebhookReplayRequested Decide(WebhookDelivery delivery, Actor actor, DateTimeOffset now) =>
        new(delivery.SubscriptionId, delivery.Id, actor.Id, now);
}

/// <summary>A replay is sent once, beside the subscription's ordered deliveries, through the outbox.</summary>
public static class ReplayWebhookDeliveryHandler
{
    public static async Task<(IEventStream<WebhookSubscription>, WebhookDelivery?)> LoadAsync(
        ReplayWebhookDelivery command, IDocumentSession session, CancellationToken ct) =>
        (await WebhookStream.FetchForWritingAsync(session, command.SubscriptionId, ct), await session.LoadAsync<WebhookDelivery>(command.DeliveryId, ct));

    public static (Outcome, OutgoingMessages) Handle(ReplayWebhookDelivery command, IEventStream<WebhookSubscription> subscription,
        WebhookDelivery? delivery, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (ReplayingDeliveries.Refuses(subscription.Aggregate, delivery, actor) is { } refusal) return (refusal, []);
        var replay = ReplayingDeliveries.Decide(delivery!, actor, clock.GetUtcNow());
        session.Store(delivery! with { Status = DeliveryStatus.Pending });
        return (subscription.Append(replay, new DeliveryRequested(delivery!.Id)), [new SendDelivery(replay.SubscriptionId, replay.DeliveryId)]);
    }
}
