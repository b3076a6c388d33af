using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Integrations.Webhooks;

public record DeleteWebhook([property: JsonIgnore] Guid SubscriptionId) : ICommand;

public static class DeletingWebhooks
{
    public static Refusal? Refuses(WebhookSubscription? subscription, Actor actor) => WebhookAccess.Refuses(subscription, actor);

    public static WebhookDeleted Decide(WebhookSubscription subscription, Actor actor, DateTimeOffset now) => new(subscription.Id, actor.Id, now);
}

/// <summary>Nothing more is sent, and the secrets are destroyed with the subscription.</summary>
public static class DeleteWebhookHandler
{
    public static Task<IEventStream<WebhookSubscription>> LoadAsync(DeleteWebhook command, IDocumentSession session, CancellationToken ct) =>
        WebhookStream.FetchForWritingAsync(session, command.SubscriptionId, ct);

    public static Outcome Handle(DeleteWebhook command, IEventStream<WebhookSubscription> subscription, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (DeletingWebhooks.Refuses(subscription.Aggregate, actor) is { } refusal) return refusal;
        session.Delete<WebhookSecrets>(command.SubscriptionId);
        session.Delete<WebhookCursor>(command.SubscriptionId);
        return subscription.Append(DeletingWebhooks.Decide(subscription.Aggregate!, actor, clock.GetUtcNow()));
    }
}
