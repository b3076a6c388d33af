using Politikerforum.Host.Tests.Support;
using System.Collections.Concurrent;
using Alba;

namespace Politikerforum.Host.Tests.Feed;

/// <summary>One Server-Sent Event as it came over the wire.</summary>
public sealed record SseEvent(string Id, string Type, string Data);

/// <summary>
/// A client of <c>/api/feed/stream</c>: reads the stream line by line in the background, as an EventSource would, and
/// keeps every event and every comment (heartbeat) it sees. Disposing it drops the connection.
/// </summary>
public sealed class SseListener : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<SseEvent> _events = new();
    private int _comments;
    private Task _reading = Task.CompletedTask;

    public IReadOnlyList<SseEvent> Events => [.. _events];
    public int Comments => _comments;
    public int Status { get; private set; }

    public static async Task<SseListener> ConnectAsync(IAlbaHost host, string token, string query = "", string? lastEventId = null)
    {
        var listener = new SseListener();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/feed/stream{query}");
        request.Headers.Authorization = new("Bearer", token);
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await host.Server.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, listener._stop.Token);
        listener.Status = (int)response.StatusCode;
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync(listener._stop.Token);
        listener._reading = Task.Run(() => listener.ReadAsync(stream));
        return listener;
    }

    private async Task ReadAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        string? id = null, type = null, data = null;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith(':')) Interlocked.Increment(ref _comments);
                else if (line.StartsWith("id: ")) id = line[4..];
                else if (line.StartsWith("event: ")) type = line[7..];
                else if (line.StartsWith("data: ")) data = line[6..];
                else if (line.Length == 0 && data is not null)
                {
                    _events.Enqueue(new SseEvent(id!, type!, data));
                    (id, type, data) = (null, null, null);
                }
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { }
    }

    public async Task<IReadOnlyList<SseEvent>> WaitForAsync(Func<IReadOnlyList<SseEvent>, bool> done, string what, int seconds = 30)
    {
        await Poll.UntilAsync(() => done(Events), TimeSpan.FromSeconds(seconds), () => $"Waited {seconds} s for {what}; got {Events.Count} events.");
        return Events;
    }

    public Task WaitForCommentAsync(int seconds = 10) =>
        Poll.UntilAsync(() => Comments > 0, TimeSpan.FromSeconds(seconds), () => "No heartbeat came.");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }
}
