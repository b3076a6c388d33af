using System.Security.Cryptography;
using System.Text;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// The floor's load (tools/Floor): each client appends to streams of its own, as command.sql's clients do
/// (<c>streams_per_client</c>, stream ids <c>md5(k * 64 + client)</c>), so no two clients contend for a stream. The
/// warm-up starts the streams in turn; the measured phase appends to those it started, each command on a stream that
/// exists, as every command.sql transaction does.
/// </summary>
public sealed class FloorLoad(ForumClient http, int clients, int streamsPerClient)
{
    public const string Kind = "floor";

    /// <summary>command.sql's event payload, less the time, which the floor stamps as the forum does.</summary>
    private const string Body = """
        {"decisionId": "0193a1f2-7c4e-7d2a-9b1e-5f3c2a1d0e9f", "themeId": "0193a1f0-1b2c-7d3e-8f4a-5b6c7d8e9f0a", "memberId": "0193a1e0-aaaa-7bbb-8ccc-dddddddddddd", "level": "kommune", "body": "Aarhus Kommune", "position": "support", "reason": "Vi har gode erfaringer med det."}
        """;

    // Each client runs its requests one after another, so its own counter needs no lock.
    private readonly int[] _started = new int[clients];

    public int StreamsStarted => _started.Sum();

    public Task<Sample> WarmUpAsync(int client, Random random, CancellationToken ct)
    {
        var k = _started[client] < streamsPerClient ? _started[client]++ : random.Next(streamsPerClient);
        return AppendAsync(client, k, ct);
    }

    public Task<Sample> NextAsync(int client, Random random, CancellationToken ct) =>
        AppendAsync(client, random.Next(Math.Max(1, _started[client])), ct);

    private async Task<Sample> AppendAsync(int client, int k, CancellationToken ct) =>
        (await http.SendAsync(Kind, HttpMethod.Post, $"/floor/{StreamOf(client, k)}", null, Body, ct)).Sample;

    /// <summary>As command.sql names its streams: <c>md5(cast(k * 64 + client as text))::uuid</c>.</summary>
    public static Guid StreamOf(int client, int k)
    {
        var hex = Convert.ToHexStringLower(MD5.HashData(Encoding.ASCII.GetBytes((k * 64 + client).ToString())));
        return Guid.ParseExact(hex, "N");
    }
}
