using System.Collections.Concurrent;
using System.Net.Mime;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.Extensions;
using Politikerforum.Host.Tests.Feed;
using Politikerforum.Host.Tests.Support;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Politikerforum.Host.Tests.Broker;

/// <summary>
/// With <c>Integrations:RabbitMq</c> set, the feed's CloudEvents also go to a topic exchange, routed by type. Run against
/// the real RabbitMQ node that ops/test starts (ops/rabbitmq) and names in <c>RABBITMQ_URL</c>; without one the test says
/// it was skipped, and why.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed class when_publishing_to_rabbitmq
{
    private sealed record Message(string RoutingKey, string? ContentType, CloudEvent Event);

    [SkippableFact]
    public async Task the_public_events_arrive_on_the_exchange_as_cloudevents_in_order()
    {
        var url = Environment.GetEnvironmentVariable("RABBITMQ_URL");
        Skip.If(string.IsNullOrEmpty(url), "No RabbitMQ node: RABBITMQ_URL is not set (ops/test sets it when ops/rabbitmq starts).");
        var factory = new ConnectionFactory { Uri = new Uri(url!) };
        IConnection connection;
        try { connection = await factory.CreateConnectionAsync(); }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException)
        {
            throw new SkipException($"RabbitMQ at {url} could not be reached: {e.Message}");
        }

        var exchange = $"politikerforum.test.{Guid.NewGuid():N}";
        await using var forum = await SeparateForum.CreateAsync();
        await using var host = await forum.StartHostAsync(b =>
        {
            b.UseSetting("Integrations:RabbitMq", url);
            b.UseSetting("Integrations:RabbitMqExchange", exchange);
        });
        await using var _ = connection;
        await using var channel = await connection.CreateChannelAsync();
        // The forum declared its exchange as it started; the integration binds a queue of its own to it.
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, exchange, "dk.politikerforum.#");
        var received = new ConcurrentQueue<Message>();
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var contentType = delivery.BasicProperties.ContentType;
            var cloudEvent = FeedSteps.Sdk.DecodeStructuredModeMessage(delivery.Body.ToArray(), new ContentType(contentType!), Sequence.AllAttributes);
            cloudEvent.Validate();
            received.Enqueue(new Message(delivery.RoutingKey, contentType, cloudEvent));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);

        var admin = new Caller(host, Tokens.For("admin", "admin-oid"));
        var open = await admin.OpenThemeAsync("public");
        var closed = await admin.OpenThemeAsync("forum");
        for (var i = 0; i < 3; i++)
        {
            await admin.PublishAsync(open, $"Offentligt {i}");
            await admin.PublishAsync(closed, $"For forummet {i}");
        }

        await Poll.UntilAsync(() => received.Count >= 4, TimeSpan.FromSeconds(60), () => $"Only {received.Count} of 4 messages came.");
        var feed = (await new Caller(host, Tokens.For("integrator", "integrator-oid")).FeedPageAsync()).Events;
        var messages = received.ToList();
        Assert.Equal(feed.Select(e => e.Id), messages.Select(m => m.Event.Id));
        Assert.All(messages, m => Assert.Equal(m.Event.Type, m.RoutingKey));
        Assert.All(messages, m => Assert.Equal("application/cloudevents+json", m.ContentType));
        Assert.Equal(messages.Select(m => m.Event.SequenceOf()).Order(), messages.Select(m => m.Event.SequenceOf()));
        Assert.DoesNotContain(messages, m => m.Event.DataOf().ToString().Contains("For forummet"));
    }
}
