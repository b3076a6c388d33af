using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Graph.Models.ODataErrors;
using JasperFx.Core;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Graph.Channels;
using Politikerforum.Integrations.Graph.Import;
using Politikerforum.Integrations.Graph.Meetings;
using Politikerforum.Integrations.Graph.Notifications;
using Politikerforum.Integrations.Graph.Subscriptions;
using Politikerforum.Integrations.Teams.Inbound;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Marten;

namespace Politikerforum.Integrations.Graph;

/// <summary>How the host takes Microsoft Graph in: its services, its queues, the events it follows and its callback URLs.</summary>
public static class GraphIntegration
{
    /// <summary>The durable local queues of the Graph work: <c>graph1</c> … <c>graph{QueueCount}</c>.</summary>
    public const string Queues = "graph";

    public const int QueueCount = 2;

    public static string? ConfigurationProblem(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        GraphSettings.From(configuration).Problem();

    /// <summary>Registered whether Graph is on or off, so Wolverine can build the handlers it discovers; off, they do nothing.</summary>
    public static void AddGraph(this WebApplicationBuilder builder)
    {
        var settings = GraphSettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(new NewTeamsChannels(settings.IsOn && settings.TeamId.Length > 0));
        services.AddHttpClient(GraphHttp.Api);
        services.AddHttpClient(GraphHttp.Login);
        services.AddSingleton<GraphConnection>();
        services.AddScoped<ChannelImport>();
        services.AddScoped<ThemeChannels>();
        services.AddSingleton<ValidationTokens>();
        services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(provider => new ConfigurationManager<OpenIdConnectConfiguration>(
            settings.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(),
            new FactoryDocumentRetriever(provider.GetRequiredService<IHttpClientFactory>(), GraphHttp.Login)));
        services.ConfigureMarten(options => options.Schema.For<WatchedChannel>().Index(c => c.SubscriptionId));
        if (settings.IsOn) services.AddHostedService<GraphStartup>();
    }

    /// <summary>
    /// Graph proves itself by the clientState it sends back, not by a forum user's token: the callback paths branch off
    /// before the forum's authentication and per-caller rate limit. Without Graph they do not exist (404).
    /// </summary>
    public static IApplicationBuilder UseGraphCallbacks(this IApplicationBuilder app)
    {
        if (!app.ApplicationServices.GetRequiredService<GraphSettings>().IsOn) return app;
        return app.MapWhen(context => NotificationsEndpoint.Serves(context.Request.Path), branch => branch.Run(NotificationsEndpoint.HandleAsync));
    }

    public static void UseGraphQueues(this WolverineOptions opts)
    {
        // One channel's work in order, on one durable local queue; channels side by side.
        opts.MessagePartitioning.ByMessage<IChannelWork>(work => work.ChannelId)
            .PublishToPartitionedLocalMessaging(Queues, QueueCount, topology =>
            {
                topology.MessagesImplementing<IChannelWork>();
                topology.ConfigureQueues(queue => queue.UseDurableInbox());
            });
        // Graph down, throttled beyond the SDK's own retries, or refusing: try again over the next half hour, then leave it for a person.
        opts.OnException<ODataError>().Or<HttpRequestException>().Or<ChannelNotCreatedYet>()
            .ScheduleRetry(1.Minutes(), 5.Minutes(), 30.Minutes()).Then.MoveToErrorQueue();
        opts.OnException<InvalidDataException>().MoveToErrorQueue();
    }

    /// <summary>
    /// Linking and unlinking a theme's channel, as the events commit, start and stop following it; a renamed theme
    /// renames its channel; an urgent switch may book a meeting, and a switch back
    /// before it begins cancels it.
    /// </summary>
    public static void ForwardGraphWork(this IEventForwarding events)
    {
        events.SubscribeToEvent<TeamsChannelLinked>().TransformedTo(e => new WatchChannel(e.Data.ChannelId, e.Data.ThemeId, e.Data.TeamId));
        events.SubscribeToEvent<TeamsChannelUnlinked>().TransformedTo(e => new UnwatchChannel(e.Data.ChannelId, e.Data.TeamId));
        events.SubscribeToEvent<ThemeUpdated>().TransformedTo(e => new RenameThemeChannel(e.Data.ThemeId, e.Data.Title));
        events.SubscribeToEvent<PaceSwitched>().TransformedTo(e => new ArrangeUrgentMeeting(e.Data.ThemeId, e.Data.SwitchedAt));
        events.SubscribeToEvent<PaceSwitched>().TransformedTo(e => new CancelUrgentMeeting(e.Data.ThemeId, e.Data.Pace, e.Data.SwitchedAt));
    }

    /// <summary>
    /// At every start: each linked channel's subscription is made sure of and the channel caught up — whatever was said
    /// while the forum was down is imported.
    /// </summary>
    private sealed class GraphStartup(IHostApplicationLifetime lifetime, IDocumentStore store, IMessageBus bus) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(() => _ = WatchAllAsync());
            return Task.CompletedTask;
        }

        private async Task WatchAllAsync()
        {
            await using var session = store.QuerySession();
            var themes = await session.Query<Theme>().Where(t => t.TeamsChannel != null && t.ArchivedAt == null).ToListAsync();
            foreach (var theme in themes)
                await bus.PublishAsync(new WatchChannel(theme.TeamsChannel!.ChannelId, theme.Id, theme.TeamsChannel.TeamId));
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
