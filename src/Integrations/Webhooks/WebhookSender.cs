using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Politikerforum.Integrations.Feed;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// One attempt to deliver one CloudEvent (structured mode) per the Standard Webhooks specification: <c>webhook-id</c> is the
/// event's id (the same on every retry, for the receiver to drop duplicates), <c>webhook-timestamp</c> the wall-clock
/// time of this attempt, <c>webhook-signature</c> one <c>v1,</c> signature per secret in force. Redirects are not
/// followed: a receiver that moves must update its subscription.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string Client = "webhooks";

    /// <summary>Signatures are checked against the receiver's clock, not the forum's (which tests move about).</summary>
    private static readonly TimeProvider Wall = TimeProvider.System;

    public async Task<SendResult> SendAsync(string url, string id, ReadOnlyMemory<byte> body, WebhookSecrets secrets, CancellationToken ct)
    {
        var timestamp = Wall.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ReadOnlyMemoryContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(FeedEnvelope.MediaType) { CharSet = "utf-8" };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", secrets.Sign(id, timestamp, body.Span, clock.GetUtcNow()));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await clients.CreateClient(Client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new SendResult((int)response.StatusCode, RetryAfter(response.Headers.RetryAfter), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult(null, null, $"No answer within {options.Value.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException e)
        {
            return new SendResult(null, null, e.InnerException?.Message ?? e.Message);
        }
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - Wall.GetUtcNow() : null);
}
