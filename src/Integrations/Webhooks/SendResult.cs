namespace Politikerforum.Integrations.Webhooks;

/// <param name="Status">The receiver's HTTP status; null when it gave none (timeout, refused connection, address not allowed).</param>
/// <param name="RetryAfter">The receiver's <c>Retry-After</c>, as a wait.</param>
public sealed record SendResult(int? Status, TimeSpan? RetryAfter, string? Error)
{
    public bool Delivered => Status is >= 200 and < 300;

    /// <summary>410 Gone: the receiver says the subscription is over.</summary>
    public bool Gone => Status == 410;
}
