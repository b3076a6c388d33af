using Politikerforum.Host.Tests.Support;
using System.Collections.Concurrent;
using System.Net.Mime;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Politikerforum.Host.Tests.Feed;
using StandardWebhooks;

namespace Politikerforum.Host.Tests.Webhooks;

/// <summary>One request as the receiver got it, parsed by the CNCF CloudEvents SDK.</summary>
public sealed record Received(string WebhookId, string Timestamp, string Signature, string Body, HeaderDictionary Headers, CloudEvent Event, DateTimeOffset At)
{
    /// <summary>The status the receiver answered with.</summary>
    public int Answered { get; init; }

    public long Sequence => Event[CloudNative.CloudEvents.Extensions.Sequence.SequenceAttribute] is string s ? long.Parse(s) : 0;

    /// <summary>The body as text, with the JSON escapes of non-ASCII letters undone, for looking for words in it.</summary>
    public string Text => Feed.FeedSteps.Unescaped(Body);

    /// <summary>
    /// Verified with the Standard Webhooks library, not with the forum's code. The header may carry several signatures
    /// (during a secret rotation); the specification has the receiver accept any of them, but the .NET library (1.1.2)
    /// checks only the first, so it is handed one signature at a time.
    /// </summary>
    public bool SignedWith(string secret) => Signature.Split(' ').Any(signature =>
    {
        var one = new HeaderDictionary(Headers.ToDictionary(h => h.Key, h => h.Value)) { ["webhook-signature"] = signature };
        try
        {
            new StandardWebhook(secret).Verify(Body, one);
            return true;
        }
        catch (StandardWebhooks.Diagnostics.WebhookVerificationException)
        {
            return false;
        }
    });
}

/// <summary>What the receiver answers: a status, after a pause, with a Retry-After if given.</summary>
public sealed record Answer(int Status, TimeSpan Delay = default, string? RetryAfter = null)
{
    public static readonly Answer Ok = new(204);
}

/// <summary>
/// A webhook receiver on 127.0.0.1 (real HTTP, Kestrel): records every request and answers as <see cref="Answering"/>
/// says; the default is 204 for everything.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _received = new();

    /// <summary>Told each request and how many earlier requests carried the same webhook-id.</summary>
    public Func<Received, int, Answer> Answering { get; set; } = (_, _) => Answer.Ok;

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url => $"{_app.Urls.First()}/hook";

    public int Port => new Uri(_app.Urls.First()).Port;

    public IReadOnlyList<Received> Received => [.. _received];

    public IReadOnlyList<Received> Of(string type) => [.. _received.Where(r => r.Event.Type == type)];

    /// <summary>On a free port, or on <paramref name="port"/>: a receiver that was down comes back where the subscription points.</summary>
    public static async Task<WebhookReceiver> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/hook", (Func<HttpContext, Task<IResult>>)receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        return receiver;
    }

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value));
        var cloudEvent = FeedSteps.Sdk.DecodeStructuredModeMessage(
            System.Text.Encoding.UTF8.GetBytes(body), new ContentType(http.Request.ContentType!), Sequence.AllAttributes);
        var received = new Received(headers["webhook-id"]!, headers["webhook-timestamp"]!, headers["webhook-signature"]!, body, headers, cloudEvent,
            DateTimeOffset.UtcNow);
        var earlier = _received.Count(r => r.WebhookId == received.WebhookId);
        var answer = Answering(received, earlier);
        _received.Enqueue(received with { Answered = answer.Status });
        // Not synchronisation: a slow receiver is what the timeout tests are about.
        if (answer.Delay > TimeSpan.Zero) await Task.Delay(answer.Delay);
        if (answer.RetryAfter is not null) http.Response.Headers.RetryAfter = answer.RetryAfter;
        return Results.StatusCode(answer.Status);
    }

    /// <summary>Polls until <paramref name="done"/> holds for what was received, or fails after <paramref name="seconds"/>.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(Func<IReadOnlyList<Received>, bool> done, string what, int seconds = 30)
    {
        await Poll.UntilAsync(() => done(Received), TimeSpan.FromSeconds(seconds), () => $"Waited {seconds} s for {what}; received: " +
            string.Join(", ", Received.Select(r => $"{r.Event.Type}#{r.Sequence}")));
        return Received;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
