using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Politikerforum.Integrations.Feed;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace Politikerforum.Integrations.Broker;

/// <summary>
/// Publishes the feed's CloudEvents to the RabbitMQ exchange, in order, as the async daemon hands it each page below
/// the high-water mark. The messages join Wolverine's outbox in the transaction that records the subscription's
/// progress: a page is either published and marked done, or neither. What is published is decided as for the feed,
/// by <see cref="IntegratorView"/> at the moment of publishing. It starts from the present when first switched on;
/// the feed has what came before.
/// </summary>
public sealed class BrokerRelay : BatchSubscription
{
    private readonly FeedEnvelope _envelope;

    public BrokerRelay(FeedEnvelope envelope) : base("broker")
    {
        _envelope = envelope;
        Options.SubscribeFromPresent();
    }

    public override async Task ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations,
        IMessageBus bus, CancellationToken cancellationToken)
    {
        var events = page.Events.Select(StoredEvent.Of).ToList();
        var view = await IntegratorView.LoadAsync(operations, events, cancellationToken);
        foreach (var e in events)
        {
            if (PublicEvents.Of(e, view) is not { } shown) continue;
            await bus.PublishAsync(new BrokerCloudEvent(shown.Type.Name, _envelope.Wrap(e, shown).Json.ToArray()));
        }
    }
}
