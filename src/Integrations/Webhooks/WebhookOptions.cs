namespace Politikerforum.Integrations.Webhooks;

/// <summary>Settings under <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>How long one delivery may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failure; it doubles with each further failure, with jitter.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two attempts (a receiver's Retry-After may ask for longer).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a failing delivery is retried before it is parked; never less than 24 hours in Production.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long the previous secret still signs after a rotation, so the receiver can switch without losing a delivery.</summary>
    public TimeSpan RotationOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often every node looks for subscriptions with deliveries waiting, in case a nudge was lost.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Receivers on this machine (127.0.0.0/8, ::1): for tests and local development, never honoured in Production.</summary>
    public bool AllowLoopback { get; set; }

    public static readonly TimeSpan MinimumRetryFor = TimeSpan.FromHours(24);
}
