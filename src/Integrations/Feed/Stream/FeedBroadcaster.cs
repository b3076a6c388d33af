using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Politikerforum.Integrations.Feed.Stream;

/// <summary>
/// One poller per node for every live-stream listener on it: while anyone listens, it reads the high-water mark,
/// reads what is new once, and hands the same encoded events to every listener. A hundred listeners cost the
/// database what one does.
/// </summary>
public sealed class FeedBroadcaster(HighWater highWater, FeedReader reader, IOptions<FeedOptions> options,
    ILogger<FeedBroadcaster> logger) : BackgroundService
{
    /// <summary>Batches waiting for a slow listener; older ones are dropped and the listener reads the gap from the store.</summary>
    private const int Backlog = 256;

    private readonly Lock _gate = new();
    private readonly List<Channel<StreamBatch>> _listeners = [];
    private readonly SemaphoreSlim _joined = new(0);
    /// <summary>What has been handed out up to; -1 while nobody listens, so the next listener starts from the mark as it is then.</summary>
    private long _position = -1;

    public int Listeners { get { lock (_gate) return _listeners.Count; } }

    public ChannelReader<StreamBatch> Join(out Action leave)
    {
        var channel = Channel.CreateBounded<StreamBatch>(new BoundedChannelOptions(Backlog)
        {
            FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = true
        });
        lock (_gate) _listeners.Add(channel);
        _joined.Release();
        leave = () =>
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
                if (_listeners.Count == 0) _position = -1;
            }
        };
        return channel.Reader;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (Listeners == 0) await _joined.WaitAsync(stoppingToken);
                await PollAsync(stoppingToken);
                await Task.Delay(options.Value.StreamPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The live feed could not read new events; trying again");
                await Task.Delay(options.Value.StreamPollInterval, stoppingToken);
            }
        }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        var mark = await highWater.ReadAsync(ct);
        long position;
        lock (_gate) position = _position;
        // Nobody was listening, or the store was emptied (tests): start from the mark as it is now.
        if (position < 0 || mark < position)
        {
            Publish(new StreamBatch(mark, mark, []), mark);
            return;
        }
        while (position < mark)
        {
            var batch = await reader.ReadAsync(position, mark, FeedReader.BatchSize, FeedFilter.Everything, ct);
            var items = batch.Items.Select(i => new StreamItem(i.Sequence, i.Public, Encoding.UTF8.GetString(i.Json.Span))).ToList();
            Publish(new StreamBatch(position, batch.Next, items), batch.Next);
            position = batch.Next;
        }
    }

    private void Publish(StreamBatch batch, long upTo)
    {
        lock (_gate)
        {
            foreach (var listener in _listeners) listener.Writer.TryWrite(batch);
            if (_listeners.Count > 0) _position = upTo;
        }
    }
}
