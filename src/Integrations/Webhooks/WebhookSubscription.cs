namespace Politikerforum.Integrations.Webhooks;

/// <param name="Owner">The Entra object id of the integration that subscribed; it alone (and admins) manage the subscription.</param>
/// <param name="Types">Full event type names; none for every type.</param>
public record WebhookSubscribed(
    Guid SubscriptionId, string Url, IReadOnlyList<string> Types, Guid? ThemeId, string Owner, Guid SubscribedBy, DateTimeOffset SubscribedAt);

/// <summary>A new secret signs from now on; the previous one too, until the overlap ends. The secrets themselves are not events.</summary>
public record WebhookSecretRotated(Guid SubscriptionId, Guid RotatedBy, DateTimeOffset RotatedAt);

public record WebhookTestRequested(Guid SubscriptionId, Guid DeliveryId, Guid RequestedBy, DateTimeOffset RequestedAt);

public record WebhookReplayRequested(Guid SubscriptionId, Guid DeliveryId, Guid RequestedBy, DateTimeOffset RequestedAt);

/// <summary>The receiver answered 410 Gone: the forum stops sending. Appended by the forum itself.</summary>
public record WebhookDisabled(Guid SubscriptionId, int Status, DateTimeOffset DisabledAt);

public record WebhookDeleted(Guid SubscriptionId, Guid DeletedBy, DateTimeOffset DeletedAt);

/// <summary>
/// Where an integration wants the feed's events pushed, and which. One stream per subscription; stored inline as the
/// list the integration reads. Its secrets are kept apart (<see cref="WebhookSecrets"/>), never in an event: a deleted
/// subscription's secrets are gone, not merely superseded.
/// </summary>
public sealed record WebhookSubscription(
    Guid Id, string Url, IReadOnlyList<string> Types, Guid? ThemeId, string Owner, DateTimeOffset CreatedAt,
    DateTimeOffset? RotatedAt, DateTimeOffset? DisabledAt, DateTimeOffset? DeletedAt, int Version)
{
    public bool IsActive => DisabledAt is null && DeletedAt is null;

    public static WebhookSubscription Create(WebhookSubscribed e) =>
        new(e.SubscriptionId, e.Url, e.Types, e.ThemeId, e.Owner, e.SubscribedAt, null, null, null, 1);

    public static WebhookSubscription Apply(WebhookSecretRotated e, WebhookSubscription s) => s with { RotatedAt = e.RotatedAt };
    public static WebhookSubscription Apply(WebhookTestRequested e, WebhookSubscription s) => s;
    public static WebhookSubscription Apply(WebhookReplayRequested e, WebhookSubscription s) => s;
    public static WebhookSubscription Apply(WebhookDisabled e, WebhookSubscription s) => s with { DisabledAt = e.DisabledAt };
    public static WebhookSubscription Apply(WebhookDeleted e, WebhookSubscription s) => s with { DeletedAt = e.DeletedAt };
}
