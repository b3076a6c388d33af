using Wolverine;
using Wolverine.Runtime.Serialization;

namespace Politikerforum.Integrations.Broker;

/// <summary>One CloudEvent on its way to the broker: the bytes the feed would send, routed by its type.</summary>
public sealed record BrokerCloudEvent(string Type, byte[] Json);

/// <summary>
/// The message body is the CloudEvent itself (structured mode, <c>application/cloudevents+json</c>), not a Wolverine
/// envelope, so any AMQP client reads it with a CloudEvents SDK. The forum only publishes; it never reads these back.
/// </summary>
public sealed class CloudEventBody : IMessageSerializer
{
    public string ContentType => Feed.FeedEnvelope.MediaType;

    public byte[] Write(Envelope envelope) => WriteMessage(envelope.Message!);

    public byte[] WriteMessage(object message) => ((BrokerCloudEvent)message).Json;

    public object ReadFromData(Type messageType, Envelope envelope) => throw new NotSupportedException("The forum does not read from its own exchange.");

    public object ReadFromData(byte[] data) => throw new NotSupportedException("The forum does not read from its own exchange.");
}
