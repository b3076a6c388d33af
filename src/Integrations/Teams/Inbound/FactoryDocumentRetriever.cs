using Microsoft.IdentityModel.Protocols;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// IdentityModel's document retriever (https only) over a fresh client from the host's factory on each fetch: the
/// keys are fetched rarely and for the life of the host, and a client held that long would never see DNS change.
/// </summary>
/// <param name="client">The named client to fetch with: the Bot Connector's by default, Entra ID's for Graph's validation tokens.</param>
public sealed class FactoryDocumentRetriever(IHttpClientFactory http, string client = TeamsHttp.OpenId) : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
        new HttpDocumentRetriever(http.CreateClient(client)) { RequireHttps = true }.GetDocumentAsync(address, cancel);
}
