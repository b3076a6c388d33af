using System.Net.Mime;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.Extensions;
using CloudNative.CloudEvents.SystemTextJson;
using Marten;
using Marten.Events;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Feed;

/// <summary>A page of the feed as the CNCF CloudEvents SDK reads it, with the raw JSON and where the next page starts.</summary>
public sealed record FeedPage(IReadOnlyList<CloudEvent> Events, string Json, string? Next);

public static class FeedSteps
{
    /// <summary>The SDK's own JSON formatter, not ours: a batch it cannot decode or an event it finds invalid fails the read.</summary>
    public static readonly JsonEventFormatter Sdk = new();

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON as a person reads it: the forum escapes æ, ø and å (\u00E6), which would hide them from a search for words.</summary>
    public static string Unescaped(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Relaxed);

    public static long SequenceOf(this CloudEvent e) => long.Parse(e[Sequence.SequenceAttribute] as string ?? throw new InvalidOperationException("No sequence."));

    public static JsonElement DataOf(this CloudEvent e) => (JsonElement)e.Data!;

    public static async Task<FeedPage> FeedPageAsync(this Caller caller, string query = "")
    {
        var response = await caller.GetAsync($"/api/feed{query}");
        await response.ShouldHaveStatusAsync(200);
        Assert.Equal("application/cloudevents-batch+json", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var events = Sdk.DecodeBatchModeMessage(bytes, new ContentType(response.Content.Headers.ContentType!.ToString()), Sequence.AllAttributes);
        foreach (var e in events) e.Validate();
        var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
        var next = link is null ? null : link[1..link.IndexOf('>')];
        return new FeedPage(events, Unescaped(System.Text.Encoding.UTF8.GetString(bytes)), next);
    }

    /// <summary>Every page from <paramref name="query"/> on, following <c>Link: rel="next"</c> until a page comes back empty.</summary>
    public static async Task<(List<CloudEvent> Events, string Json)> WholeFeedAsync(this Caller caller, string query = "?limit=1000")
    {
        var all = new List<CloudEvent>();
        var json = new System.Text.StringBuilder();
        var url = $"/api/feed{query}";
        while (true)
        {
            var page = await caller.FeedPageAsync(url["/api/feed".Length..]);
            json.Append(page.Json);
            if (page.Events.Count == 0) return (all, json.ToString());
            all.AddRange(page.Events);
            url = page.Next!;
        }
    }

    /// <summary>Waits until the async daemon has passed every event written so far, so the feed can have them all.</summary>
    public static Task CaughtUpAsync(this IDocumentStore store) => store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
}
