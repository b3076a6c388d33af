using Microsoft.IdentityModel.Protocols;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// IdentityModel's document retriever (https only) over a fresh client from the host's factory on each fetch: the
/// keys are fetched rarely and for the life of the host, and a client held that long would never see DNS change.
/// </summary>
public sealed class FactoryDocumentRetriever(IHttpClientFactory http) : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
        new HttpDocumentRetriever(http.CreateClient(TeamsHttp.OpenId)) { RequireHttps = true }.GetDocumentAsync(address, cancel);
}
