using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>A subscription's stream, locked for this command; its aggregate is null for an unknown id.</summary>
public static class WebhookStream
{
    public static Task<IEventStream<WebhookSubscription>> FetchForWritingAsync(IDocumentSession session, Guid id, CancellationToken ct) =>
        session.Events.FetchForExclusiveWriting<WebhookSubscription>(id, ct);

    public static Done Append(this IEventStream<WebhookSubscription> stream, object decided, object? answer = null)
    {
        stream.AppendOne(decided);
        return new Done(stream.Id, stream.CurrentVersion ?? 1, answer);
    }
}
