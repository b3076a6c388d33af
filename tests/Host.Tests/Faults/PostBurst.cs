using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Faults;

/// <summary>
/// Writers publishing posts in one theme as fast as they are answered, each through its own caller (and so its own node),
/// until stopped. It remembers every post the forum acknowledged (201) and every status it was answered with; a writer
/// whose node is gone (no answer at all) stops, and one answered 503 waits a moment before it writes again, as a client should.
/// </summary>
public sealed class PostBurst
{
    private readonly ConcurrentQueue<Guid> _acknowledged = new();
    private readonly ConcurrentQueue<int> _statuses = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _writers;

    private PostBurst(Guid themeId, IEnumerable<Caller> writers) =>
        _writers = [.. writers.Select((caller, i) => Task.Run(() => WriteAsync(caller, themeId, i)))];

    public static PostBurst Start(Guid themeId, params Caller[] writers) => new(themeId, writers);

    public IReadOnlyCollection<Guid> Acknowledged => [.. _acknowledged];

    /// <summary>Every answer's status; 0 stands for a request that got no answer (its node died under it).</summary>
    public IReadOnlyCollection<int> Statuses => [.. _statuses];

    public Task UntilAcknowledgedAsync(int count, string when) =>
        Poll.UntilAsync(() => _acknowledged.Count >= count, TimeSpan.FromSeconds(60),
            () => $"Only {_acknowledged.Count} posts were acknowledged {when}; answers: {Summary}");

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_writers);
    }

    public string Summary => string.Join(", ", Statuses.CountBy(s => s).Select(c => $"{c.Key}×{c.Value}"));

    private async Task WriteAsync(Caller caller, Guid themeId, int writer)
    {
        for (var n = 0; !_stop.IsCancellationRequested; n++)
        {
            HttpResponseMessage response;
            try
            {
                response = await caller.PostAsync($"/api/themes/{themeId}/posts", new { text = $"Indlæg {n} fra skribent {writer}" });
            }
            catch (HttpRequestException)
            {
                _statuses.Enqueue(0);
                return;
            }
            _statuses.Enqueue((int)response.StatusCode);
            if ((int)response.StatusCode == 201)
                _acknowledged.Enqueue((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
            // Not synchronisation: a writer told 503 backs off a little before its next post, as a real client
            // would, instead of spinning against a database that is away.
            else if ((int)response.StatusCode == 503)
                await Task.Delay(TimeSpan.FromMilliseconds(200), _stop.Token).ContinueWith(_ => { });
        }
    }
}
