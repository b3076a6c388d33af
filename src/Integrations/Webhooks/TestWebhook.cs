using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Integrations.Feed.Contract;
using Wolverine;

namespace Politikerforum.Integrations.Webhooks;

public record TestWebhook([property: JsonIgnore] Guid SubscriptionId) : ICommand;

/// <summary>Where to read how a test or replay went: the delivery, in <c>GET /api/webhooks/{id}/deliveries</c>.</summary>
public sealed record DeliveryRequested(Guid DeliveryId);

public static class TestingWebhooks
{
    public static Refusal? Refuses(WebhookSubscription? subscription, Actor actor) => WebhookAccess.RefusesSending(subscription, actor);

    public static WebhookTestRequested Decide(WebhookSubscription subscription, Guid deliveryId, Actor actor, DateTimeOffset now) =>
        new(subscription.Id, deliveryId, actor.Id, now);

    public static WebhookDelivery Pending(WebhookTestRequested test) =>
        new(test.DeliveryId, test.SubscriptionId, 0, test.DeliveryId.ToString(), EventTypes.All.Single(t => t.Data == typeof(WebhookTestV1)).Name,
            DeliveryStatus.Pending, 0, test.RequestedAt, test.RequestedAt, null, null, null);
}

/// <summary>The test event goes out through the outbox, committed with the request, and is sent once.</summary>
public static class TestWebhookHandler
{
    public static Task<IEventStream<WebhookSubscription>> LoadAsync(TestWebhook command, IDocumentSession session, CancellationToken ct) =>
        WebhookStream.FetchForWritingAsync(session, command.SubscriptionId, ct);

    public static (Outcome, OutgoingMessages) Handle(TestWebhook command, IEventStream<WebhookSubscription> subscription, Actor actor,
        IDocumentSession session, TimeProvider clock)
    {
        if (TestingWebhooks.Refuses(subscription.Aggregate, actor) is { } refusal) return (refusal, []);
        var test = TestingWebhooks.Decide(subscription.Aggregate!, Guid.CreateVersion7(), actor, clock.GetUtcNow());
        session.Store(TestingWebhooks.Pending(test));
        return (subscription.Append(test, new DeliveryRequested(test.DeliveryId)), [new SendDelivery(test.SubscriptionId, test.DeliveryId)]);
    }
}
