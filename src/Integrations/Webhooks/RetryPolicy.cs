namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// When to try a failing delivery again: exponential backoff from <see cref="WebhookOptions.FirstRetryDelay"/> up to
/// <see cref="WebhookOptions.MaxRetryDelay"/>, each wait between half and all of its step (jitter, so receivers that come
/// back are not hit by every sender at once), never shorter than the receiver's <c>Retry-After</c>; parked once it has
/// failed for <see cref="WebhookOptions.RetryFor"/>.
/// </summary>
public static class RetryPolicy
{
    /// <param name="failures">How many attempts have failed so far (1 after the first).</param>
    /// <param name="random">A number in [0, 1) for the jitter.</param>
    public static TimeSpan Delay(WebhookOptions options, int failures, TimeSpan? retryAfter, double random)
    {
        var step = options.FirstRetryDelay * Math.Pow(2, Math.Min(failures - 1, 30));
        if (step > options.MaxRetryDelay) step = options.MaxRetryDelay;
        var jittered = step * (0.5 + random / 2);
        return retryAfter is { } asked && asked > jittered ? (asked < options.RetryFor ? asked : options.RetryFor) : jittered;
    }

    public static bool GivesUp(WebhookOptions options, DateTimeOffset failingSince, DateTimeOffset now) => now - failingSince >= options.RetryFor;
}
