namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// How far a subscription's deliveries have come: every event up to <see cref="Delivered"/> was answered 2xx or parked.
/// The event store is the queue; this is only a position in it, moved after the receiver answers, so a crash between
/// the forum's commit and the send loses nothing and at worst sends one event again (with the same <c>webhook-id</c>).
/// </summary>
/// <param name="FailingSince">When the event now waiting first failed, by the forum's clock: after the retry period it is parked.</param>
/// <param name="NextAttemptAt">When to try again, by the wall clock that the scheduled retry is kept by.</param>
public sealed record WebhookCursor(Guid Id, long Delivered, int Attempts = 0, DateTimeOffset? FailingSince = null, DateTimeOffset? NextAttemptAt = null)
{
    public WebhookCursor DeliveredUpTo(long sequence) => this with { Delivered = Math.Max(Delivered, sequence), Attempts = 0, FailingSince = null, NextAttemptAt = null };
}
