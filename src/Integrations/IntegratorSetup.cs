using System.Net;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Politikerforum.Integrations.Broker;
using Politikerforum.Integrations.Feed;
using Politikerforum.Integrations.Feed.Stream;
using Politikerforum.Integrations.Webhooks;
using Wolverine;
using Wolverine.Marten;
using Wolverine.RabbitMQ;

namespace Politikerforum.Integrations;

/// <summary>The feed, the live stream, webhooks and (when configured) the RabbitMQ exchange.</summary>
public static class IntegratorSetup
{
    public const string WebhookQueue = "webhooks";
    public const string DefaultExchange = "politikerforum.events";

    /// <summary>The broker's AMQP URI (<c>Integrations:RabbitMq</c>); without it the forum publishes to no broker.</summary>
    public static string? BrokerUri(IConfiguration configuration) =>
        configuration["Integrations:RabbitMq"] is { Length: > 0 } uri ? uri : null;

    public static void AddIntegrators(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var publicUrl = builder.Configuration["Forum:PublicUrl"] is { Length: > 0 } url ? url : "http://localhost:5080";
        services.Configure<FeedOptions>(builder.Configuration.GetSection("Feed"));
        services.AddSingleton(new FeedEnvelope(publicUrl));
        services.AddSingleton<HighWater>();
        services.AddSingleton<StoredEvents>();
        services.AddSingleton<FeedReader>();
        services.AddSingleton<FeedSchemas>();
        services.AddSingleton<FeedBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedBroadcaster>());
        services.AddSingleton<StreamListener>();

        var production = builder.Environment.IsProduction();
        services.AddOptions<WebhookOptions>().Bind(builder.Configuration.GetSection("Webhooks"))
            .Validate(o => !production || o.RetryFor >= WebhookOptions.MinimumRetryFor, "Webhooks:RetryFor must be at least 24 hours in Production.")
            .ValidateOnStart();
        services.AddSingleton<WebhookAddresses>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookSweep>();
        services.AddHttpClient(WebhookSender.Client)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<WebhookAddresses>().ConnectAsync,
                AllowAutoRedirect = false,
                UseProxy = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                AutomaticDecompression = DecompressionMethods.None
            });
        if (BrokerUri(builder.Configuration) is not null) services.AddSingleton<BrokerRelay>();
    }

    /// <summary>Webhook subscriptions are event-sourced like everything else; secrets, cursors and deliveries are documents.</summary>
    public static void AddWebhookStorage(this StoreOptions opts)
    {
        opts.Projections.Snapshot<WebhookSubscription>(JasperFx.Events.Projections.SnapshotLifecycle.Inline);
        opts.RegisterDocumentType<WebhookSecrets>();
        opts.RegisterDocumentType<WebhookCursor>();
        opts.Schema.For<WebhookSubscription>().Index(x => x.Owner);
        opts.Schema.For<WebhookDelivery>().Index(x => x.SubscriptionId).Index(x => x.Sequence);
    }

    /// <summary>
    /// The async daemon's subscriptions: the webhook relay always (it also keeps the high-water mark moving, which the
    /// feed reads), the broker relay when a broker is configured.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddIntegratorSubscriptions(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten, IConfiguration configuration)
    {
        marten.SubscribeToEvents(new WebhookRelay());
        if (BrokerUri(configuration) is not null) marten.SubscribeToEventsWithServices<BrokerRelay>(ServiceLifetime.Singleton);
        return marten;
    }

    public static void UseIntegrators(this WolverineOptions opts, IConfiguration configuration)
    {
        // Durable, as every local queue here: a delivery nudge or retry survives a restart.
        opts.LocalQueue(WebhookQueue).MaximumParallelMessages(8);
        opts.PublishMessage<DeliverWebhooks>().ToLocalQueue(WebhookQueue);
        opts.PublishMessage<SendDelivery>().ToLocalQueue(WebhookQueue);

        if (BrokerUri(configuration) is not { } uri) return;
        var exchange = configuration["Integrations:RabbitMqExchange"] is { Length: > 0 } name ? name : DefaultExchange;
        opts.UseRabbitMq(new Uri(uri)).AutoProvision();
        opts.PublishMessage<BrokerCloudEvent>()
            .ToRabbitTopics(exchange, e => e.ExchangeType = ExchangeType.Topic)
            .UseDurableOutbox()
            .DefaultSerializer(new CloudEventBody())
            .CustomizeOutgoingMessagesOfType<BrokerCloudEvent>((envelope, message) => envelope.TopicName = message.Type);
    }
}
