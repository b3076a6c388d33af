namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// <c>pending</c>: a test or replay about to be sent. <c>delivered</c>: answered 2xx. <c>failing</c>: being retried. <c>parked</c>: retried for the whole retry period in
/// vain; the subscription went on without it and it waits to be replayed. <c>failed</c>: a test or replay that did
/// not get through (sent once). <c>withheld</c>: no longer public when it was to be sent, so it was not.
/// </summary>
public enum DeliveryStatus { Pending, Delivered, Failing, Parked, Failed, Withheld }

/// <summary>
/// One event sent, or being sent, to one subscription, with how the receiver answered the last attempt. The id is
/// time-ordered, so the list reads in the order the deliveries began: feed order, with tests where they were asked for.
/// </summary>
/// <param name="Sequence">The event's global sequence; 0 for a test.</param>
/// <param name="LastStatus">The receiver's HTTP status; null when there was none (timeout, refused connection).</param>
public sealed record WebhookDelivery(
    Guid Id, Guid SubscriptionId, long Sequence, string EventId, string Type, DeliveryStatus Status, int Attempts,
    DateTimeOffset FirstAttemptAt, DateTimeOffset LastAttemptAt, int? LastStatus, string? LastError, DateTimeOffset? NextAttemptAt)
{
    public WebhookDelivery Attempted(SendResult result, DateTimeOffset now, DeliveryStatus status, DateTimeOffset? next = null) => this with
    {
        Status = status, Attempts = Attempts + 1, LastAttemptAt = now, LastStatus = result.Status, LastError = result.Error, NextAttemptAt = next
    };
}
