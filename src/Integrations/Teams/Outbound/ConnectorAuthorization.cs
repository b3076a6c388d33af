using System.Net.Http.Headers;

namespace Politikerforum.Integrations.Teams.Outbound;

/// <summary>
/// Puts the bot's token on every Connector call. It sits inside the retries, so each attempt asks MSAL's cache
/// afresh and a retry after a long Retry-After never carries an expired token.
/// </summary>
public sealed class ConnectorAuthorization(ConnectorCredentials credentials) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await credentials.TokenAsync(ct));
        return await base.SendAsync(request, ct);
    }
}
