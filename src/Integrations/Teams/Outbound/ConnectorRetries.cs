using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// Teams asks bots to retry 412, 429, 502, 503 and 504 with exponential backoff and jitter, waiting at least as long
/// as <c>Retry-After</c> says, and never to retry another 4xx: those requests would fail the same way again.
/// Transport failures and attempts that time out are retried too. Waits are wall-clock time, as Teams counts it:
/// the forum's own clock (which tests move by hand) is for rules, not for pacing calls to Microsoft.
/// </summary>
public static class ConnectorRetries
{
    public static readonly IReadOnlySet<HttpStatusCode> Retried = new HashSet<HttpStatusCode>
    {
        HttpStatusCode.PreconditionFailed, HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout
    };

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        pipeline.TimeProvider = TimeProvider.System;
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 5,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            ShouldRetryAfterHeader = true,
            ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome switch
            {
                { Result: { } response } => Retried.Contains(response.StatusCode),
                { Exception: HttpRequestException or TimeoutRejectedException } => true,
                _ => false
            })
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(30));
    }
}
