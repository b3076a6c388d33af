using System.Globalization;
using System.Net.Mime;
using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.Extensions;
using CloudNative.CloudEvents.SystemTextJson;
using JasperFx.Events;
using Politikerforum.Domain;

namespace Politikerforum.Integrations.Feed;

/// <summary>One event of the feed: its global sequence, and the CloudEvent every channel (feed, stream, webhooks, broker) sends.</summary>
public sealed record FeedItem(long Sequence, PublicEvent Public, CloudEvent Event);

/// <summary>
/// Wraps public events in CloudEvents 1.0 with the CNCF SDK, so every attribute has the form the specification asks for.
/// <c>source</c> is the forum's API and <c>subject</c> the entity's path under it; <c>id</c> is the stored event's id,
/// the same on every read and every retry; <c>sequence</c> is the global position, zero-padded so that the strings sort
/// as the numbers do (the sequence extension compares them as text).
/// </summary>
public sealed class FeedEnvelope(string publicUrl)
{
    public const string BatchMediaType = "application/cloudevents-batch+json";
    public const string MediaType = "application/cloudevents+json";

    private readonly string _base = publicUrl.TrimEnd('/');
    private readonly Uri _source = new($"{publicUrl.TrimEnd('/')}/api");

    public JsonEventFormatter Formatter { get; } = new(ForumJson.Create(), new JsonDocumentOptions());

    public static string SequenceText(long sequence) => sequence.ToString("D19", CultureInfo.InvariantCulture);

    public Uri SchemaOf(Contract.EventType type) => new($"{_base}/api/feed/schemas/{type.Name}?version={type.Version}");

    public FeedItem Wrap(IEvent e, PublicEvent p)
    {
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0, Sequence.AllAttributes)
        {
            Id = e.Id.ToString(),
            Source = _source,
            Type = p.Type.Name,
            Time = e.Timestamp,
            Subject = p.Subject,
            DataContentType = MediaTypeNames.Application.Json,
            DataSchema = SchemaOf(p.Type),
            Data = p.Data
        };
        cloudEvent[Sequence.SequenceAttribute] = SequenceText(e.Sequence);
        return new FeedItem(e.Sequence, p, cloudEvent);
    }

    /// <summary>A test delivery: a CloudEvent of its own, with no place in the feed's order.</summary>
    public CloudEvent Test(string id, Contract.WebhookTestV1 data, DateTimeOffset time)
    {
        var type = Contract.EventTypes.Of(data);
        return new CloudEvent(CloudEventsSpecVersion.V1_0)
        {
            Id = id, Source = _source, Type = type.Name, Time = time, Subject = $"webhooks/{data.SubscriptionId}",
            DataContentType = MediaTypeNames.Application.Json, DataSchema = SchemaOf(type), Data = data
        };
    }

    public ReadOnlyMemory<byte> Encode(CloudEvent cloudEvent) => Formatter.EncodeStructuredModeMessage(cloudEvent, out _);

    public ReadOnlyMemory<byte> EncodeBatch(IEnumerable<CloudEvent> events) => Formatter.EncodeBatchModeMessage(events, out _);
}
