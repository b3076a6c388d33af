using System.ComponentModel.DataAnnotations;
using System.Net;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Feed;
using Politikerforum.Integrations.Feed.Contract;

namespace Politikerforum.Integrations.Webhooks;

/// <param name="Types">Full event type names from /api/feed/schemas; none for every type.</param>
/// <param name="ThemeId">Only events of this (public) theme.</param>
public record SubscribeWebhook(
    [property: Required(ErrorMessage = "Adressen skal udfyldes."), StringLength(2_000, ErrorMessage = "Adressen må højst være 2.000 tegn.")]
    string Url,
    [property: MaxLength(100, ErrorMessage = "Der kan højst vælges 100 hændelsestyper.")]
    IReadOnlyList<string>? Types,
    Guid? ThemeId) : ICommand;

/// <summary>The answer to a new subscription; the only time the secret is shown.</summary>
public sealed record WebhookCreated(Guid Id, string Url, IReadOnlyList<string> Types, Guid? ThemeId, string Secret);

public static class SubscribingWebhooks
{
    /// <param name="resolved">The addresses the URL's host resolved to.</param>
    /// <param name="theme">The theme filtered on, if any.</param>
    public static Refusal? Refuses(SubscribeWebhook command, WebhookAddresses addresses, IReadOnlyList<IPAddress> resolved, Theme? theme, Actor actor) =>
        FeedAccess.Refuses(actor)
        ?? addresses.RefusesUrl(command.Url)
        ?? addresses.RefusesAddresses(resolved)
        ?? ((command.Types ?? []).Where(t => EventTypes.Named(t) is null).ToArray() is { Length: > 0 } unknown
            ? Invalid("types", $"Ukendt hændelsestype: {string.Join(", ", unknown)}. Gyldige typer står på /api/feed/schemas.")
        : command.ThemeId is not null && !theme.CanSee(IntegratorView.Integrator)
            ? Invalid("themeId", "Temaet findes ikke blandt de offentlige temaer.")
        : null);

    public static WebhookSubscribed Decide(Guid id, SubscribeWebhook command, Actor actor, DateTimeOffset now) =>
        new(id, command.Url.Trim(), [.. (command.Types ?? []).Distinct()], command.ThemeId, WebhookAccess.OwnerOf(actor), actor.Id, now);

    private static Refusal Invalid(string field, string detail) => new(RefusalKind.Invalid, detail, new Dictionary<string, string[]> { [field] = [detail] });
}

/// <summary>
/// Starts the subscription's stream, its secret and its cursor: deliveries begin with what happens after this
/// (the feed has everything before).
/// </summary>
public static class SubscribeWebhookHandler
{
    public static async Task<(IReadOnlyList<IPAddress>, Theme?, long)> LoadAsync(
        SubscribeWebhook command, WebhookAddresses addresses, HighWater highWater, IDocumentSession session, CancellationToken ct)
    {
        var resolved = addresses.RefusesUrl(command.Url) is null ? await WebhookAddresses.ResolveAsync(new Uri(command.Url).Host, ct) : [];
        var theme = command.ThemeId is { } themeId ? await session.LoadAsync<Theme>(themeId, ct) : null;
        return (resolved, theme, await highWater.ReadAsync(ct));
    }

    public static Outcome Handle(SubscribeWebhook command, IReadOnlyList<IPAddress> resolved, Theme? theme, long mark, WebhookAddresses addresses,
        Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (SubscribingWebhooks.Refuses(command, addresses, resolved, theme, actor) is { } refusal) return refusal;
        var subscribed = SubscribingWebhooks.Decide(Guid.CreateVersion7(), command, actor, clock.GetUtcNow());
        var secret = WebhookSecrets.NewSecret();
        session.Events.StartStream<WebhookSubscription>(subscribed.SubscriptionId, subscribed);
        session.Store(new WebhookSecrets(subscribed.SubscriptionId, secret, null, null));
        session.Store(new WebhookCursor(subscribed.SubscriptionId, mark));
        return new Done(subscribed.SubscriptionId, 1,
            new WebhookCreated(subscribed.SubscriptionId, subscribed.Url, subscribed.Types, subscribed.ThemeId, secret));
    }
}
