using System.Buffers;
using System.Globalization;
using System.Text.Json;
using JasperFx.Events;
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
    private string Source => $"{_base}/api";

    private static readonly JsonSerializerOptions Json = ForumJson.Create();

    public static string SequenceText(long sequence) => sequence.ToString("D19", CultureInfo.InvariantCulture);

    public string SchemaOf(EventType type) => $"{_base}/api/feed/schemas/{type.Name}?version={type.Version}";

    public FeedItem Wrap(IEvent e, PublicEvent p)
    {
        var id = e.Id.ToString();
        return new FeedItem(e.Sequence, id, p, Write(id, p.Type, p.Subject, e.Timestamp, p.Data, e.Sequence));
    }

    /// <summary>A test delivery: a CloudEvent of its own, with no place in the feed's order.</summary>
    public ReadOnlyMemory<byte> Test(string id, WebhookTestV1 data, DateTimeOffset time) =>
        Write(id, EventTypes.Of(data), $"webhooks/{data.SubscriptionId}", time, data, sequence: null);

    /// <summary>A JSON array of CloudEvents: the feed's <c>application/cloudevents-batch+json</c>.</summary>
    public static byte[] Batch(IReadOnlyList<FeedItem> items)
    {
        var buffer = new ArrayBufferWriter<byte>(items.Sum(i => i.Json.Length + 1) + 2);
        buffer.Write("["u8);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) buffer.Write(","u8);
            buffer.Write(items[i].Json.Span);
        }
        buffer.Write("]"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private ReadOnlyMemory<byte> Write(string id, EventType type, string subject, DateTimeOffset time, object data, long? sequence)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", id);
            json.WriteString("source", Source);
            json.WriteString("type", type.Name);
            json.WriteString("subject", subject);
            // RFC 3339, always in UTC.
            json.WriteString("time", time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
            json.WriteString("datacontenttype", "application/json");
            json.WriteString("dataschema", SchemaOf(type));
            if (sequence is { } position) json.WriteString("sequence", SequenceText(position));
            json.WritePropertyName("data");
            JsonSerializer.Serialize(json, data, data.GetType(), Json);
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }
}
