using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Politikerforum.Load.Measuring;

/// <summary>One request and what it took: the status (0 when the connection failed) and the time to the last byte.</summary>
public readonly record struct Sample(string Kind, int Status, double Milliseconds)
{
    public bool Succeeded => Status is >= 200 and < 300;
}

/// <summary>
/// HTTP to the host on loopback. One pooled handler for every client, with a connection per client, as a
/// browser or a Teams bot would keep one: connection set-up is not what is measured.
/// </summary>
public sealed class ForumClient(string baseAddress, int connections) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false
    })
    {
        BaseAddress = new Uri(baseAddress),
        Timeout = TimeSpan.FromSeconds(30)
    };

    public async Task<(Sample Sample, string Body)> SendAsync(string kind, HttpMethod method, string path, string? token, string? json, CancellationToken ct)
    {
        var (sample, body, _) = await SendForLinkAsync(kind, method, path, token, json, ct);
        return (sample, body);
    }

    /// <summary>As <see cref="SendAsync"/>, with the target of the response's <c>Link: rel="next"</c> header, if any.</summary>
    public Task<(Sample Sample, string Body, string? Next)> SendForLinkAsync(string kind, HttpMethod method, string path, string? token, string? json, CancellationToken ct) =>
        ExchangeAsync(kind, method, path, token, json, (content, t) => content.ReadAsStringAsync(t), failure => failure, ct);

    /// <summary>A GET of a large page as UTF-8 bytes, with its <c>Link: rel="next"</c> target: no text decoding on the client.</summary>
    public Task<(Sample Sample, byte[] Body, string? Next)> GetBytesForLinkAsync(string kind, string path, string token, CancellationToken ct) =>
        ExchangeAsync(kind, HttpMethod.Get, path, token, null, (content, t) => content.ReadAsByteArrayAsync(t), Encoding.UTF8.GetBytes, ct);

    /// <summary>One timed request (without a token for the floor, which has no sign-in); a transport failure is a sample with status 0 and its message as the body.</summary>
    private async Task<(Sample Sample, T Body, string? Next)> ExchangeAsync<T>(string kind, HttpMethod method, string path, string? token, string? json,
        Func<HttpContent, CancellationToken, Task<T>> read, Func<string, T> failed, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, ct);
            var body = await read(response.Content, ct);
            var next = response.Headers.TryGetValues("Link", out var links) && links.FirstOrDefault() is { } link && link.IndexOf('>') is > 1 and var end
                ? link[1..end] : null;
            return (new Sample(kind, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds), body, next);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (new Sample(kind, 0, Stopwatch.GetElapsedTime(started).TotalMilliseconds), failed(e.Message), null);
        }
    }

    public void Dispose() => _http.Dispose();
}
