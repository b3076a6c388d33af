using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// A Marten subscription run by the async daemon: it sees every page of events in strict order once they are below the
/// high-water mark, and nudges each active webhook subscription. The nudges go through Wolverine's outbox in the
/// same transaction as the subscription's progress, so a crash between the events' commit and the nudge loses
/// neither. The deliverer reads what to send from the feed itself, so one nudge per page is enough.
/// </summary>
public sealed class WebhookRelay() : BatchSubscription("webhooks")
{
    public override async Task ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations,
        IMessageBus bus, CancellationToken cancellationToken)
    {
        if (page.Events.Count == 0) return;
        var active = await operations.Query<WebhookSubscription>()
            .Where(s => s.DisabledAt == null && s.DeletedAt == null)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in active) await bus.PublishAsync(new DeliverWebhooks(id));
    }
}
