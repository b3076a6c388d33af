using Microsoft.Identity.Client;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// The bot's own token for the Connector: client credentials for its app registration, scope
/// <c>https://api.botframework.com/.default</c>. MSAL caches the token and renews it before it expires, so most
/// calls cost no request to Entra ID. MSAL's HTTP goes through the host's <see cref="IHttpClientFactory"/>.
/// </summary>
public sealed class ConnectorCredentials(TeamsSettings settings, IHttpClientFactory http)
{
    public const string Scope = "https://api.botframework.com/.default";

    private readonly Lazy<IConfidentialClientApplication> _application = new(() => ConfidentialClientApplicationBuilder
        .Create(settings.AppId)
        .WithClientSecret(settings.AppPassword)
        // The token endpoint is configured whole; asking Microsoft's instance discovery about it would
        // second-guess the configuration (and call out to a fixed Microsoft address).
        .WithAuthority(settings.Authority, validateAuthority: false)
        .WithInstanceDiscovery(false)
        .WithHttpClientFactory(new MsalHttpClients(http))
        .Build());

    public async Task<string> TokenAsync(CancellationToken ct) =>
        (await _application.Value.AcquireTokenForClient([Scope]).ExecuteAsync(ct)).AccessToken;

    private sealed class MsalHttpClients(IHttpClientFactory http) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => http.CreateClient(TeamsHttp.Login);
    }
}
