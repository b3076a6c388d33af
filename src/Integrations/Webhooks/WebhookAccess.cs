using Politikerforum.Domain;
using Politikerforum.Integrations.Feed;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>An integration manages the webhooks it made; admins manage all of them. Anyone else's is answered as unknown.</summary>
public static class WebhookAccess
{
    public static bool Manages(this Actor actor, WebhookSubscription? subscription) =>
        subscription is { DeletedAt: null } && (actor.Is(Role.Admin) || (actor.Is(Role.Integrator) && subscription.Owner == OwnerOf(actor)));

    public static Refusal? Refuses(WebhookSubscription? subscription, Actor actor) =>
        FeedAccess.Refuses(actor) ?? (actor.Manages(subscription) ? null : Refusal.Unknown);

    /// <summary>Refused also for a subscription the receiver disabled with 410 Gone.</summary>
    public static Refusal? RefusesSending(WebhookSubscription? subscription, Actor actor) =>
        Refuses(subscription, actor)
        ?? (subscription!.DisabledAt is not null ? Refusal.Conflict("Modtageren har svaret 410 Gone, så webhooken er slået fra. Opret en ny.") : null);

    public static string OwnerOf(Actor actor) => actor.ObjectId ?? "";
}
