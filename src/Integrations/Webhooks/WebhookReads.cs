using Marten;
using Politikerforum.Domain;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>A subscription as its owner sees it; never its secret, never who owns it.</summary>
/// <param name="Status">active, or disabled (the receiver answered 410 Gone).</param>
public sealed record WebhookView(
    Guid Id, string Url, IReadOnlyList<string> Types, Guid? ThemeId, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SecretRotatedAt,
    DateTimeOffset? DisabledAt, int Version)
{
    public static WebhookView Of(WebhookSubscription s) =>
        new(s.Id, s.Url, s.Types, s.ThemeId, s.DisabledAt is null ? "active" : "disabled", s.CreatedAt, s.RotatedAt, s.DisabledAt, s.Version);
}

/// <param name="Sequence">The event's place in the feed; 0 for a test.</param>
/// <param name="EventId">The CloudEvent id, sent as <c>webhook-id</c>.</param>
public sealed record DeliveryView(
    Guid Id, long Sequence, string EventId, string Type, DeliveryStatus Status, int Attempts, DateTimeOffset FirstAttemptAt,
    DateTimeOffset LastAttemptAt, int? LastStatus, string? LastError, DateTimeOffset? NextAttemptAt)
{
    public static DeliveryView Of(WebhookDelivery d) =>
        new(d.Id, d.Sequence, d.EventId, d.Type, d.Status, d.Attempts, d.FirstAttemptAt, d.LastAttemptAt, d.LastStatus, d.LastError, d.NextAttemptAt);
}

public static class WebhookReads
{
    /// <summary>The subscriptions the actor manages, oldest first; null when the actor may not use webhooks at all.</summary>
    /// <summary>The subscriptions the actor manages, oldest first; <paramref name="after"/> is the last id seen.</summary>
    public static async Task<Page<WebhookView>?> ListAsync(IQuerySession session, Actor actor, Guid? after, int? limit, CancellationToken ct)
    {
        if (Feed.FeedAccess.Refuses(actor) is not null) return null;
        var owner = WebhookAccess.OwnerOf(actor);
        var query = session.Query<WebhookSubscription>().Where(s => s.DeletedAt == null);
        if (!actor.Is(Role.Admin)) query = query.Where(s => s.Owner == owner);
        if (after is { } cursor) query = query.Where(s => s.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(s => s.Id), limit, s => s.Id.ToString(), ct);
        return new Page<WebhookView>([.. page.Items.Select(WebhookView.Of)], page.Next);
    }

    public static async Task<WebhookView?> GetAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct) =>
        await session.LoadAsync<WebhookSubscription>(id, ct) is { } s && actor.Manages(s) && Feed.FeedAccess.Refuses(actor) is null ? WebhookView.Of(s) : null;

    /// <summary>A subscription's deliveries in feed order, the tests after them; <paramref name="after"/> is the last delivery id seen.</summary>
    public static async Task<Page<DeliveryView>?> DeliveriesAsync(
        IQuerySession session, Guid id, Actor actor, DeliveryStatus? status, Guid? after, int? limit, CancellationToken ct)
    {
        if (await GetAsync(session, id, actor, ct) is null) return null;
        var query = session.Query<WebhookDelivery>().Where(d => d.SubscriptionId == id);
        if (status is { } s) query = query.Where(d => d.Status == s);
        if (after is { } cursor) query = query.Where(d => d.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(d => d.Id), limit, d => d.Id.ToString(), ct);
        return new Page<DeliveryView>([.. page.Items.Select(DeliveryView.Of)], page.Next);
    }
}
