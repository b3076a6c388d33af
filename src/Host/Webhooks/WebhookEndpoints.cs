using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain.Commands;
using Politikerforum.Host.Http;
using Politikerforum.Integrations.Webhooks;
using Wolverine.Http;

namespace Politikerforum.Host.Webhooks;

/// <summary>Managing webhook subscriptions; every change is a command through <see cref="ForumCommands"/>.</summary>
public static class WebhookEndpoints
{
    /// <summary>
    /// Subscribes <c>url</c> to the feed's events (all, or the listed <c>types</c>; all themes, or one public <c>themeId</c>).
    /// The answer holds the signing secret (<c>whsec_…</c>) — the only time it is shown. Deliveries start with what happens
    /// from now on; read the feed for what came before.
    /// </summary>
    [WolverinePost("/api/webhooks", Name = "SubscribeWebhook")]
    [EndpointDescription("Abonnerer `url` på feedets hændelser (alle eller de nævnte `types`; alle temaer eller ét offentligt `themeId`). Svaret indeholder signeringshemmeligheden (`whsec_…`) – den eneste gang, den vises. Leverancer begynder med det, der sker fra nu af; læs feedet for det, der kom før. For integrationer og administratorer.")]
    [Tags("Integrationer")]
    [EndpointSummary("Opret en webhook (svaret indeholder hemmeligheden én gang)")]
    [ProducesResponseType(typeof(WebhookCreated), StatusCodes.Status201Created)]
    public static Task<IResult> Subscribe(SubscribeWebhook command, HttpContext http) =>
        http.RunAsync(command, done => Task.FromResult(Results.Created($"/api/webhooks/{done.Id}", done.Answer)));

    /// <summary>
    /// A new secret, shown this once. The previous secret keeps signing beside it (two <c>v1,</c> signatures) until
    /// <c>previousSecretValidUntil</c>, so the receiver can switch without missing a delivery.
    /// </summary>
    [WolverinePost("/api/webhooks/{id}/rotate", Name = "RotateWebhookSecret")]
    [EndpointDescription("En ny hemmelighed, vist denne ene gang. Den forrige signerer ved siden af (to `v1,`-signaturer) indtil `previousSecretValidUntil`, så modtageren kan skifte uden at miste en levering.")]
    [Tags("Integrationer")]
    [EndpointSummary("Skift webhookens hemmelighed")]
    [ProducesResponseType(typeof(WebhookSecretRotation), StatusCodes.Status200OK)]
    public static Task<IResult> Rotate(Guid id, HttpContext http) =>
        http.RunAsync(new RotateWebhookSecret(id), done => Task.FromResult(Results.Ok(done.Answer)));

    /// <summary>Sends a <c>dk.politikerforum.webhook.test</c> event once, signed as every delivery; the result is in the delivery list.</summary>
    [WolverinePost("/api/webhooks/{id}/test", Name = "TestWebhook")]
    [EndpointDescription("Sender én gang en hændelse af typen `dk.politikerforum.webhook.test`, signeret som enhver levering; resultatet står i leveringslisten.")]
    [Tags("Integrationer")]
    [EndpointSummary("Send en prøvehændelse til webhooken")]
    [ProducesResponseType(typeof(DeliveryRequested), StatusCodes.Status202Accepted)]
    public static Task<IResult> Test(Guid id, HttpContext http) =>
        http.RunAsync(new TestWebhook(id), done => Task.FromResult(Results.Accepted($"/api/webhooks/{id}/deliveries", done.Answer)));

    /// <summary>Sends a delivery again, once (a parked one, typically), if its event is still public.</summary>
    [WolverinePost("/api/webhooks/{id}/deliveries/{deliveryId}/replay", Name = "ReplayWebhookDelivery")]
    [EndpointDescription("Sender en levering igen, én gang (typisk en parkeret), hvis dens hændelse stadig er offentlig.")]
    [Tags("Integrationer")]
    [EndpointSummary("Send en levering igen")]
    [ProducesResponseType(typeof(DeliveryRequested), StatusCodes.Status202Accepted)]
    public static Task<IResult> Replay(Guid id, Guid deliveryId, HttpContext http) =>
        http.RunAsync(new ReplayWebhookDelivery(id, deliveryId), done => Task.FromResult(Results.Accepted($"/api/webhooks/{id}/deliveries", done.Answer)));

    [WolverineDelete("/api/webhooks/{id}", Name = "DeleteWebhook")]
    [EndpointDescription("Sletter webhooken og dens hemmeligheder; der sendes ikke mere til den.")]
    [ProducesResponseType(204)]
    [Tags("Integrationer")]
    [EndpointSummary("Slet en webhook og dens hemmeligheder")]
    public static Task<IResult> Delete(Guid id, HttpContext http) => http.NoContentAsync(new DeleteWebhook(id));
}
