using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Inbound;
using Politikerforum.Integrations.Teams.Notices;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.People;

namespace Politikerforum.Integrations.Teams;

/// <summary>How the host takes the Teams bot in: its services, and <c>/api/messages</c> when <c>Teams:AppId</c> is set.</summary>
public static class TeamsBot
{
    /// <summary>Why the configured bot could not work, in one line naming the setting; null when it can or is off.</summary>
    public static string? ConfigurationProblem(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        TeamsSettings.From(configuration).Problem();

    /// <summary>
    /// Registered whether the bot is on or off, so Wolverine can always build the delivery handlers it discovers;
    /// nothing here calls out until an activity or a delivery asks it to.
    /// </summary>
    public static void AddTeamsBot(this WebApplicationBuilder builder)
    {
        var settings = TeamsSettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddHttpClient(TeamsHttp.OpenId);
        services.AddHttpClient(TeamsHttp.Login);
        services.AddHttpClient(TeamsHttp.Connector).AddResilienceHandler(TeamsHttp.Connector, ConnectorRetries.Configure);
        services.AddHttpClient(TeamsHttp.Connector).AddHttpMessageHandler<ConnectorAuthorization>();
        services.AddTransient<ConnectorAuthorization>();
        services.AddSingleton<ConnectorCredentials>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton(new ThreadThrottle(TimeProvider.System));
        services.AddSingleton<IConfigurationManager<ConnectorKeys>>(provider => new ConfigurationManager<ConnectorKeys>(
            settings.OpenIdMetadataUrl, new ConnectorKeysRetriever(), new FactoryDocumentRetriever(provider.GetRequiredService<IHttpClientFactory>())));
        services.AddSingleton<ConnectorTokens>();
        services.AddScoped<InboundDispatch>();
        services.AddSingleton<ITeamsNews, TeamsNewsOfCommands>();
        // Known up front, so the schema is made at start (ApplyAllDatabaseChangesOnStartup), never halfway through a turn.
        services.ConfigureMarten(options =>
        {
            options.Schema.For<ConversationReference>();
            options.Schema.For<SentCard>().Index(card => card.Key);
            options.Schema.For<TeamsPerson>();
            options.Schema.For<Greeted>();
            options.Schema.For<ChannelDigest>();
            options.Schema.For<ApplicationConversation>();
        });
    }

    /// <summary>
    /// The Bot Connector proves itself with its own token (<see cref="ConnectorTokens"/>), not a forum user's: the
    /// path branches off before the forum's authentication, per-caller rate limit and authorization, which would
    /// find no forum caller and lump all of Teams into one anonymous partition. Without an app id the path does not
    /// exist (404).
    /// </summary>
    public static IApplicationBuilder UseTeamsBot(this IApplicationBuilder app)
    {
        if (!app.ApplicationServices.GetRequiredService<TeamsSettings>().IsOn) return app;
        return app.MapWhen(context => context.Request.Path.Equals(MessagesEndpoint.Path, StringComparison.OrdinalIgnoreCase),
            branch => branch.Run(MessagesEndpoint.HandleAsync));
    }
}
