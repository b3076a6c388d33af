using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.IdentityModel.Tokens;
using Politikerforum.Host.Tests.Teams.Support;

namespace Politikerforum.Host.Tests.Graph.Support;

/// <summary>
/// Microsoft Graph and its Entra ID token endpoint on 127.0.0.1, driven by the forum's real Graph SDK: channels,
/// their messages (read one by one, as replies, and as delta rounds across <c>@odata.nextLink</c> to
/// <c>@odata.deltaLink</c>), subscriptions, calendar events and the keys that sign validation tokens — each answer in
/// the shape of the published fixtures. Records every call, and fails the next ones as a test asks.
/// </summary>
public sealed partial class FakeGraph : IAsyncDisposable
{
    public const string TenantId = "2432b57b-0abd-43db-aa7b-16eadd115d34";
    public const string ClientId = "5e4f3a2b-1c0d-4e9f-8a7b-6c5d4e3f2a1b";
    public const string ClientSecret = "graph-test-secret";
    public const string TeamId = "fbe2bf47-16c8-47cf-b4a5-4b9b187c508b";

    /// <summary>The secretariat's mailbox, in whose calendar urgent meetings are booked.</summary>
    public const string MeetingOrganizer = "sekretariat@politikerforum.example.dk";

    /// <summary>The forum's public address as Graph would call it back; never called in the tests.</summary>
    public const string ForumPublicUrl = "https://politikerforum.example.dk";

    public sealed record Call(string Method, string Target, JsonNode? Body, TimeSpan ArrivedAt, int Status);

    private readonly WebApplication _app = LoopbackServer.Create();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<Call> _calls = [];
    private readonly Queue<(int Status, string? RetryAfter)> _failures = new();
    private readonly List<Hold> _holds = [];
    private readonly Dictionary<string, FakeChannelMessage> _messages = [];
    private readonly Dictionary<string, JsonObject> _subscriptions = [];
    private long _version;

    /// <summary>How many messages a delta page holds before it links to the next.</summary>
    public int DeltaPageSize { get; set; } = 2;

    /// <summary>The key that signs validation tokens, published at the tenant's OpenID metadata.</summary>
    public RsaSecurityKey SigningKey { get; } = new(RSA.Create(2048)) { KeyId = "graph-test-key" };

    public string BaseUrl => $"{_app.BaseUrl()}/v1.0";
    public string TokenEndpoint => $"{_app.BaseUrl()}/{TenantId}/oauth2/v2.0/token";

    public IReadOnlyList<Call> Calls { get { lock (_calls) return _calls.ToList(); } }

    public IReadOnlyList<Call> CallsTo(string method, string pathPart) =>
        Calls.Where(c => c.Method == method && Uri.UnescapeDataString(c.Target).Contains(pathPart, StringComparison.Ordinal)).ToList();

    public IReadOnlyList<JsonObject> Subscriptions { get { lock (_calls) return _subscriptions.Values.ToList(); } }

    /// <summary>The next calls to the Graph API are answered with this status (and Retry-After, in seconds) instead.</summary>
    public void FailNext(int status, string? retryAfter = null, int times = 1)
    {
        lock (_calls) for (var i = 0; i < times; i++) _failures.Enqueue((status, retryAfter));
    }

    /// <summary>
    /// Calls whose method is <paramref name="method"/> and whose path contains <paramref name="pathPart"/> wait, unanswered,
    /// until the hold is released: a test can stop the forum while its call is under way, or start a second request then.
    /// </summary>
    public Hold HoldCalls(string method, string pathPart)
    {
        var hold = new Hold(method, pathPart);
        lock (_calls) _holds.Add(hold);
        return hold;
    }

    public sealed class Hold(string method, string pathPart)
    {
        private readonly TaskCompletionSource<int?> _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _waiting;

        public int Waiting => Volatile.Read(ref _waiting);

        internal bool Holds(string verb, string target) => !_released.Task.IsCompleted && verb == method && Uri.UnescapeDataString(target).Contains(pathPart, StringComparison.Ordinal);

        /// <summary>The held calls go on as usual, or are answered <paramref name="status"/> instead.</summary>
        public void Release(int? status = null) => _released.TrySetResult(status);

        internal async Task<int?> WaitAsync()
        {
            Interlocked.Increment(ref _waiting);
            return await _released.Task;
        }
    }

    /// <summary>Graph forgets the subscription, as when it removes one: renewing it is answered 404.</summary>
    public void Forget(string subscriptionId)
    {
        lock (_calls) _subscriptions.Remove(subscriptionId);
    }

    public FakeChannelMessage Write(string channelId, string html, string? fromUserId, string? replyToId = null, string? teamId = null)
    {
        lock (_calls)
        {
            var now = DateTimeOffset.UtcNow;
            var message = new FakeChannelMessage
            {
                TeamId = teamId ?? TeamId, ChannelId = channelId, Id = $"{now.ToUnixTimeMilliseconds()}{Interlocked.Increment(ref _version):D4}",
                ReplyToId = replyToId, FromUserId = fromUserId, Html = html, Created = now, Modified = now, Version = _version
            };
            _messages[message.Id] = message;
            return message;
        }
    }

    /// <summary>Changes a message as its author would, a little later than its last change.</summary>
    public FakeChannelMessage Change(string messageId, Action<FakeChannelMessage> change)
    {
        lock (_calls)
        {
            var message = _messages[messageId];
            change(message);
            message.Modified = message.Modified.AddSeconds(1);
            message.Version = ++_version;
            return message;
        }
    }

    public static async Task<FakeGraph> StartAsync()
    {
        var fake = new FakeGraph();
        fake.Map();
        await fake._app.StartAsync();
        return fake;
    }

    private async Task Record(HttpContext http, Func<JsonNode?, IResult> answer)
    {
        var target = http.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var text = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonNode.Parse(text) : null;
        (int Status, string? RetryAfter)? failure = null;
        Hold? hold;
        lock (_calls) hold = _holds.FirstOrDefault(h => h.Holds(http.Request.Method, target));
        if (hold is not null && await hold.WaitAsync() is { } heldStatus) failure = (heldStatus, null);
        lock (_calls) if (failure is null && _failures.Count > 0 && target.StartsWith("/v1.0", StringComparison.Ordinal)) failure = _failures.Dequeue();
        IResult result;
        int status;
        if (failure is { } fail)
        {
            if (fail.RetryAfter is not null) http.Response.Headers.RetryAfter = fail.RetryAfter;
            (result, status) = (Error(fail.Status, "TooManyRequests", "Answered on purpose"), fail.Status);
        }
        else
        {
            lock (_calls) result = answer(body);
            status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : 200;
        }
        lock (_calls) _calls.Add(new Call(http.Request.Method, target, body, _clock.Elapsed, status));
        await result.ExecuteAsync(http);
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message, innerError = new { date = DateTimeOffset.UtcNow, requestId = Guid.NewGuid() } } }, statusCode: status);

    private static IResult Json(JsonNode node, int status = 200) => Results.Text(node.ToJsonString(), "application/json", statusCode: status);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
