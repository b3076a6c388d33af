using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Politikerforum.Integrations.Feed.Stream;

/// <summary>
/// One listener of <c>GET /api/feed/stream</c>: Server-Sent Events with the sequence as <c>id:</c>, the type as
/// <c>event:</c> and the CloudEvent as <c>data:</c>. It resumes after <c>Last-Event-ID</c> by reading the gap from the
/// store, then follows the node's broadcaster; it keeps the last sequence it sent, so nothing comes twice.
/// </summary>
public sealed class StreamListener(FeedBroadcaster broadcaster, FeedReader reader, IOptions<FeedOptions> options)
{
    /// <param name="after">The last sequence the client has; null to start with what happens from now on.</param>
    public async Task RunAsync(HttpResponse response, long? after, FeedFilter filter, CancellationToken ct)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.WriteAsync("retry: 2000\n\n", ct);
        await response.Body.FlushAsync(ct);

        var batches = broadcaster.Join(out var leave);
        try
        {
            var sent = after;
            while (!ct.IsCancellationRequested)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
                idle.CancelAfter(options.Value.StreamHeartbeat);
                StreamBatch batch;
                try
                {
                    batch = await batches.ReadAsync(idle.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await response.WriteAsync(": heartbeat\n\n", ct);
                    await response.Body.FlushAsync(ct);
                    continue;
                }
                sent ??= batch.After;
                sent = await CatchUpAsync(response, sent.Value, batch.After, filter, ct);
                foreach (var item in batch.Items.Where(i => i.Sequence > sent && filter.Matches(i.Public)))
                    await WriteAsync(response, item.Sequence, item.Public.Type.Name, item.Json, ct);
                sent = Math.Max(sent.Value, batch.UpTo);
                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            leave();
        }
    }

    /// <summary>What happened between the client's last event and the batch: read from the store, in pages.</summary>
    private async Task<long> CatchUpAsync(HttpResponse response, long sent, long upTo, FeedFilter filter, CancellationToken ct)
    {
        while (sent < upTo)
        {
            var page = await reader.ReadAsync(sent, upTo, FeedReader.BatchSize, filter, ct);
            foreach (var item in page.Items)
                await WriteAsync(response, item.Sequence, item.Public.Type.Name, Encoding.UTF8.GetString(item.Json.Span), ct);
            sent = page.Next;
        }
        return sent;
    }

    private static Task WriteAsync(HttpResponse response, long sequence, string type, string json, CancellationToken ct) =>
        response.WriteAsync($"id: {FeedEnvelope.SequenceText(sequence)}\nevent: {type}\ndata: {json}\n\n", ct);
}
