using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Options;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Integrations.Webhooks;

public record RotateWebhookSecret([property: JsonIgnore] Guid SubscriptionId) : ICommand;

/// <summary>The new secret, shown this once, and until when the previous one still signs beside it.</summary>
public sealed record WebhookSecretRotation(string Secret, DateTimeOffset PreviousSecretValidUntil);

public static class RotatingWebhookSecrets
{
    public static Refusal? Refuses(WebhookSubscription? subscription, Actor actor) => WebhookAccess.Refuses(subscription, actor);

    public static WebhookSecretRotated Decide(WebhookSubscription subscription, Actor actor, DateTimeOffset now) => new(subscription.Id, actor.Id, now);

    /// <summary>The receiver can switch to the new secret whenever it likes within the overlap: both sign until then.</summary>
    public static WebhookSecrets Rotate(WebhookSecrets secrets, string secret, DateTimeOffset now, TimeSpan overlap) =>
        secrets with { Current = secret, Previous = secrets.Current, PreviousUntil = now + overlap };
}

public static class RotateWebhookSecretHandler
{
    public static async Task<(IEventStream<WebhookSubscription>, WebhookSecrets?)> LoadAsync(
        RotateWebhookSecret command, IDocumentSession session, CancellationToken ct) =>
        (await WebhookStream.FetchForWritingAsync(session, command.SubscriptionId, ct), await session.LoadAsync<WebhookSecrets>(command.SubscriptionId, ct));

    public static Outcome Handle(RotateWebhookSecret command, IEventStream<WebhookSubscription> subscription, WebhookSecrets? secrets,
        IOptions<WebhookOptions> options, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (RotatingWebhookSecrets.Refuses(subscription.Aggregate, actor) is { } refusal) return refusal;
        var now = clock.GetUtcNow();
        var rotated = RotatingWebhookSecrets.Rotate(secrets!, WebhookSecrets.NewSecret(), now, options.Value.RotationOverlap);
        session.Store(rotated);
        return subscription.Append(RotatingWebhookSecrets.Decide(subscription.Aggregate!, actor, now),
            new WebhookSecretRotation(rotated.Current, rotated.PreviousUntil!.Value));
    }
}
