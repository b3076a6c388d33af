using Alba;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Politikerforum.Host.Tests.Web.Support;

/// <summary>
/// A real socket on 127.0.0.1 for the browser, in front of the suite's one forum host. Alba's host has no socket, and a
/// second host on the same database would run a second Wolverine node with a second clock beside it; so Kestrel listens
/// here and hands every request, unchanged, to the forum host's own pipeline (authentication, anti-forgery, Marten,
/// PostgreSQL), and every response, headers and cookies included, back to the browser.
/// </summary>
public sealed class LoopbackDoor : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
        { "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer" };

    private readonly WebApplication _app;
    private readonly HttpClient _forum;

    private LoopbackDoor(WebApplication app, HttpClient forum) => (_app, _forum) = (app, forum);

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string BaseUrl => _app.Urls.First().TrimEnd('/');

    public static async Task<LoopbackDoor> OpenAsync(IAlbaHost host)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var door = new LoopbackDoor(builder.Build(), new HttpClient(host.Server.CreateHandler()));
        door._app.Run(door.PassAsync);
        await door._app.StartAsync();
        return door;
    }

    private async Task PassAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method),
            BaseUrl + context.Request.Path + context.Request.QueryString);
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            body.Position = 0;
            request.Content = new StreamContent(body);
        }
        foreach (var (name, values) in context.Request.Headers)
        {
            if (HopByHop.Contains(name) || name.Equals("Host", StringComparison.OrdinalIgnoreCase)) continue;
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray())) request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
        }

        using var response = await _forum.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            if (!HopByHop.Contains(name)) context.Response.Headers[name] = values.ToArray();
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _forum.Dispose();
    }
}
