using Microsoft.Graph;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Politikerforum.Integrations.Graph;

/// <summary>
/// The forum's Graph client, as the app itself (client credentials, application permissions). The HTTP pipeline is the
/// SDK's own (<see cref="GraphClientFactory"/>), so its retry handler honours 429, 503 and 504 with <c>Retry-After</c>;
/// only the innermost handler comes from the host's <see cref="IHttpClientFactory"/>, so a test can aim it at 127.0.0.1.
/// </summary>
public sealed class GraphConnection(GraphSettings settings, IHttpClientFactory http, IHttpMessageHandlerFactory handlers)
{
    private readonly Lazy<GraphServiceClient> _client = new(() =>
    {
        var pipeline = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: handlers.CreateHandler(GraphHttp.Api));
        var tokens = new AppTokens(settings, http);
        return new GraphServiceClient(pipeline, new BaseBearerTokenAuthenticationProvider(tokens), settings.BaseUrl.TrimEnd('/'));
    });

    public GraphServiceClient Client => _client.Value;

    /// <summary>MSAL caches the app's token and renews it before it expires.</summary>
    private sealed class AppTokens : IAccessTokenProvider
    {
        private readonly IConfidentialClientApplication _application;
        private readonly string[] _scopes;

        public AppTokens(GraphSettings settings, IHttpClientFactory http)
        {
            var builder = ConfidentialClientApplicationBuilder.Create(settings.ClientId);
            builder = settings.ClientSecret is { Length: > 0 } secret ? builder.WithClientSecret(secret) : builder.WithCertificate(settings.LoadCertificate());
            _application = builder
                // The token endpoint is configured whole; Microsoft's instance discovery would second-guess it.
                .WithAuthority(settings.Authority, validateAuthority: false)
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(new MsalHttpClients(http))
                .Build();
            _scopes = [settings.Scope];
            AllowedHostsValidator = new AllowedHostsValidator([new Uri(settings.BaseUrl).Host]);
        }

        public AllowedHostsValidator AllowedHostsValidator { get; }

        public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default) =>
            AllowedHostsValidator.IsUrlHostValid(uri)
                ? (await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken)).AccessToken
                : throw new InvalidOperationException($"Refused to send the forum's Graph token to {uri.Host}.");
    }

    private sealed class MsalHttpClients(IHttpClientFactory http) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => http.CreateClient(GraphHttp.Login);
    }
}
