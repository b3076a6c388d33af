using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Host.Http;
using Politikerforum.Integrations.Feed;
using Politikerforum.Integrations.Webhooks;
using Wolverine.Http;

namespace Politikerforum.Host.Webhooks;

public static class WebhookQueries
{
    /// <summary>The webhooks your integration made (an admin sees all), oldest first; <c>after</c> is the last id seen.</summary>
    [WolverineGet("/api/webhooks", Name = "Webhooks")]
    [Tags("Integrationer")]
    [EndpointSummary("Webhooks")]
    [ProducesResponseType(typeof(Page<WebhookView>), StatusCodes.Status200OK)]
    public static async Task<IResult> List(Actor actor, IQuerySession session, Guid? after, int? limit, CancellationToken ct) =>
        await WebhookReads.ListAsync(session, actor, after, limit, ct) is { } page ? Results.Ok(page) : FeedAccess.Refuses(actor)!.ToResult();

    [WolverineGet("/api/webhooks/{id}", Name = "Webhook")]
    [Tags("Integrationer")]
    [EndpointSummary("Én webhook")]
    [ProducesResponseType(typeof(WebhookView), StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        FeedAccess.Refuses(actor) is { } refusal ? refusal.ToResult()
        : await WebhookReads.GetAsync(session, id, actor, ct) is { } view ? Results.Ok(view)
        : Refusal.Unknown.ToResult();

    /// <summary>
    /// Every delivery to the webhook in the order they began, with the receiver's last answer. <c>status</c>: pending,
    /// delivered, failing, parked, failed or withheld; <c>after</c> is the last delivery id seen.
    /// </summary>
    [WolverineGet("/api/webhooks/{id}/deliveries", Name = "WebhookDeliveries")]
    [Tags("Integrationer")]
    [EndpointSummary("Webhookens leveringer, også de parkerede")]
    [ProducesResponseType(typeof(Page<DeliveryView>), StatusCodes.Status200OK)]
    public static async Task<IResult> Deliveries(Guid id, Actor actor, IQuerySession session, string? status, Guid? after, int? limit, CancellationToken ct)
    {
        if (!QueryEnum.TryRead<DeliveryStatus>(status, out var wanted)) return QueryEnum.Unreadable<DeliveryStatus>("status");
        if (FeedAccess.Refuses(actor) is { } refusal) return refusal.ToResult();
        return await WebhookReads.DeliveriesAsync(session, id, actor, wanted, after, limit, ct) is { } page
            ? Results.Ok(page)
            : Refusal.Unknown.ToResult();
    }
}
