using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Politikerforum.Host.Tests.Teams.Support;

/// <summary>
/// The Bot Connector on 127.0.0.1: records every call the bot makes (with the raw, still escaped, request target and
/// the time it arrived, and what it answered) and answers as Teams does — created conversations in the shape of the
/// published responses in the fixtures, each with an id of its own — or with the failure a test asks for next.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    public sealed record Call(string Method, string Target, string? Authorization, JsonNode? Body, TimeSpan ArrivedAt)
    {
        /// <summary>What the fake answered, when it succeeded.</summary>
        public JsonNode? Answer { get; set; }
    }

    private readonly WebApplication _app = LoopbackServer.Create();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<Call> _calls = [];
    private readonly Queue<(int Status, string? RetryAfter)> _failures = new();
    private int _activityIds;

    public string BaseUrl => _app.BaseUrl();

    public IReadOnlyList<Call> Calls
    {
        get { lock (_calls) return _calls.ToList(); }
    }

    /// <summary>The calls whose request target starts with the path, e.g. one conversation's.</summary>
    public IReadOnlyList<Call> CallsTo(string targetPrefix) => Calls.Where(call => call.Target.StartsWith(targetPrefix, StringComparison.Ordinal)).ToList();

    /// <summary>The next call is answered with this status (and Retry-After, in seconds, if given) instead of success.</summary>
    public void FailNext(int status, string? retryAfter = null)
    {
        lock (_calls) _failures.Enqueue((status, retryAfter));
    }

    /// <summary>A serviceUrl on this server with the path of a real one, e.g. /amer/{tenant}/ of Teams' own.</summary>
    public string ServiceUrl(string path = "/amer/") => BaseUrl + path;

    /// <summary>The same activity, with its real Teams serviceUrl pointed here (the path kept).</summary>
    public string Rewrite(string fixtureJson) => fixtureJson.Replace("https://smba.trafficmanager.net", BaseUrl, StringComparison.Ordinal);

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector();
        fake._app.Run(fake.AnswerAsync);
        await fake._app.StartAsync();
        return fake;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        var text = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var target = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        (int Status, string? RetryAfter)? failure = null;
        var call = new Call(http.Request.Method, target, http.Request.Headers.Authorization, text.Length > 0 ? JsonNode.Parse(text) : null, _clock.Elapsed);
        lock (_calls)
        {
            _calls.Add(call);
            if (_failures.Count > 0) failure = _failures.Dequeue();
        }
        if (failure is { } fail)
        {
            if (fail.RetryAfter is not null) http.Response.Headers.RetryAfter = fail.RetryAfter;
            await Results.Json(new { error = new { code = "Failure", message = $"Answered {fail.Status} on purpose" } }, statusCode: fail.Status).ExecuteAsync(http);
            return;
        }
        call.Answer = Success(http.Request.Method, target, call.Body);
        if (call.Answer is null) await Results.Ok().ExecuteAsync(http);
        else await Results.Text(call.Answer.ToJsonString(), "application/json", statusCode: call.Target.EndsWith("/v3/conversations") ? 201 : 200).ExecuteAsync(http);
    }

    private JsonNode? Success(string method, string target, JsonNode? body)
    {
        if (method == "POST" && target.EndsWith("/v3/conversations", StringComparison.Ordinal))
            return body!["isGroup"]!.GetValue<bool>() ? Thread(body) : Personal();
        if (method == "DELETE") return null;
        var id = method == "PUT" ? Uri.UnescapeDataString(target[(target.LastIndexOf('/') + 1)..]) : NextId();
        return new JsonObject { ["id"] = id };
    }

    private string NextId() => $"1{Interlocked.Increment(ref _activityIds):D12}";

    /// <summary>As the published response: the thread's id is the channel's with the first message's id.</summary>
    private JsonNode Thread(JsonNode request)
    {
        var answer = JsonNode.Parse(TeamsFixtures.Read("create-conversation-channel-thread-response.json"))!;
        var message = NextId();
        answer["id"] = $"{request["channelData"]!["channel"]!["id"]!.GetValue<string>()};messageid={message}";
        answer["activityId"] = message;
        return answer;
    }

    private static JsonNode Personal()
    {
        var answer = JsonNode.Parse(TeamsFixtures.Read("create-conversation-personal-response.json"))!;
        answer["id"] = $"a:{Guid.NewGuid():N}";
        return answer;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
