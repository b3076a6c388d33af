using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Globalization;
using System.Text.Json;
using Politikerforum.Domain;
using Politikerforum.Integrations.Feed.Contract;

namespace Politikerforum.Integrations.Feed;

/// <summary>One event of the feed: its global sequence and id, what it says, and the CloudEvent every channel (feed, stream, webhooks, broker) sends.</summary>
public sealed record FeedItem(long Sequence, string Id, PublicEvent Public, ReadOnlyMemory<byte> Json);

/// <summary>
/// Writes public events as CloudEvents 1.0 in the JSON format (structured mode), straight to UTF-8: the feed's catch-up
/// speed depends on it, and the tests read the result with the CNCF SDK, which a mistake here would not get past.
/// <c>source</c> is the forum's API and <c>subject</c> the entity's path under it; <c>id</c> is the stored event's id,
/// the same on every read and every retry; <c>sequence</c> (the sequence extension) is the global position,
/// zero-padded so that the strings sort as the numbers do, which the extension asks of them.
/// </summary>
public sealed class FeedEnvelope(string publicUrl)
{
    public const string BatchMediaType = "application/cloudevents-batch+json";
    public const string MediaType = "application/cloudevents+json";

    private readonly string _base = publicUrl.TrimEnd('/');
    private JsonEncodedText? _source;
    private JsonEncodedText Source => _source ??= JsonEncodedText.Encode($"{_base}/api");

    private static readonly JsonSerializerOptions Json = ForumJson.Create();

    /// <summary>Each type's name and schema address, encoded once: every event of the feed carries both.</summary>
    private readonly ConcurrentDictionary<EventType, (JsonEncodedText Name, JsonEncodedText Schema)> _types = new();

    /// <summary>One writer per thread, reset for each event: writing an event never awaits, so nothing else uses it meanwhile.</summary>
    [ThreadStatic] private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? _scratch;

    public static string SequenceText(long sequence) => sequence.ToString("D19", CultureInfo.InvariantCulture);

    public string SchemaOf(EventType type) => $"{_base}/api/feed/schemas/{type.Name}?version={type.Version}";

    public FeedItem Wrap(StoredEvent e, PublicEvent p)
    {
        var id = e.Id.ToString();
        return new FeedItem(e.Sequence, id, p, Write(id, p.Type, p.Subject, e.Timestamp, p.Data, e.Sequence));
    }

    /// <summary>A test delivery: a CloudEvent of its own, with no place in the feed's order.</summary>
    public ReadOnlyMemory<byte> Test(string id, WebhookTestV1 data, DateTimeOffset time) =>
        Write(id, EventTypes.Of(data), $"webhooks/{data.SubscriptionId}", time, data, sequence: null);

    /// <summary>The length of the batch <see cref="WriteBatchAsync"/> writes, for a response written as it goes.</summary>
    public static int BatchLength(IReadOnlyList<FeedItem> items)
    {
        var length = 2 + Math.Max(items.Count - 1, 0);
        foreach (var item in items) length += item.Json.Length;
        return length;
    }

    /// <summary>A JSON array of CloudEvents, the feed's <c>application/cloudevents-batch+json</c>, written to <paramref name="body"/> as it goes.</summary>
    public static async Task WriteBatchAsync(PipeWriter body, IReadOnlyList<FeedItem> items, CancellationToken ct)
    {
        const int FlushEvery = 64 * 1024;
        var unflushed = 1;
        body.Write("["u8);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) body.Write(","u8);
            body.Write(items[i].Json.Span);
            unflushed += items[i].Json.Length + 1;
            if (unflushed < FlushEvery) continue;
            await body.FlushAsync(ct);
            unflushed = 0;
        }
        body.Write("]"u8);
        await body.FlushAsync(ct);
    }

    private ReadOnlyMemory<byte> Write(string id, EventType type, string subject, DateTimeOffset time, object data, long? sequence)
    {
        var (buffer, json) = _scratch ??= NewScratch();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        var (name, schema) = _types.GetOrAdd(type, t => (JsonEncodedText.Encode(t.Name), JsonEncodedText.Encode(SchemaOf(t))));
        json.WriteStartObject();
        json.WriteString(SpecVersion, V1);
        json.WriteString(Id, id);
        json.WriteString(SourceName, Source);
        json.WriteString(Type, name);
        json.WriteString(Subject, subject);
        // RFC 3339, always in UTC.
        Span<char> text = stackalloc char[40];
        time.UtcDateTime.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        json.WriteString(Time, text[..written]);
        json.WriteString(DataContentType, ApplicationJson);
        json.WriteString(DataSchema, schema);
        if (sequence is { } position)
        {
            position.TryFormat(text, out written, "D19", CultureInfo.InvariantCulture);
            json.WriteString(Sequence, text[..written]);
        }
        json.WritePropertyName(Data);
        JsonSerializer.Serialize(json, data, data.GetType(), Json);
        json.WriteEndObject();
        json.Flush();
        return Keep(buffer.WrittenSpan);
    }

    /// <summary>Under the large-object heap's threshold: chunks are collected young like any small array.</summary>
    private const int ChunkSize = 64 * 1024;

    /// <summary>The part of this thread's chunk not yet handed out; what was handed out is never written again.</summary>
    [ThreadStatic] private static Memory<byte> _chunk;

    /// <summary>
    /// A copy of the written event in a slice of a shared chunk instead of an array of its own: a catch-up page holds
    /// thousands of events that all live until it is sent, and a chunk of many is one object for the collector, not
    /// one per event. A chunk lives as long as any slice of it; every channel lets go of its batch when it is sent.
    /// </summary>
    private static ReadOnlyMemory<byte> Keep(ReadOnlySpan<byte> written)
    {
        if (written.Length > ChunkSize / 4) return written.ToArray();
        if (_chunk.Length < written.Length) _chunk = new byte[ChunkSize];
        var kept = _chunk[..written.Length];
        written.CopyTo(kept.Span);
        _chunk = _chunk[written.Length..];
        return kept;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewScratch()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer));
    }

    private static readonly JsonEncodedText SpecVersion = JsonEncodedText.Encode("specversion"), V1 = JsonEncodedText.Encode("1.0"),
        Id = JsonEncodedText.Encode("id"), SourceName = JsonEncodedText.Encode("source"), Type = JsonEncodedText.Encode("type"),
        Subject = JsonEncodedText.Encode("subject"), Time = JsonEncodedText.Encode("time"),
        DataContentType = JsonEncodedText.Encode("datacontenttype"), ApplicationJson = JsonEncodedText.Encode("application/json"),
        DataSchema = JsonEncodedText.Encode("dataschema"), Sequence = JsonEncodedText.Encode("sequence"), Data = JsonEncodedText.Encode("data");
}
