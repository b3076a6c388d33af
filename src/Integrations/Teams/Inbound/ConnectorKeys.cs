using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// The Bot Connector's signing keys and, for each key id, the channels it is endorsed for (<c>msteams</c>, …):
/// a key may only sign activities of the channels it endorses.
/// </summary>
public sealed record ConnectorKeys(IReadOnlyList<SecurityKey> SigningKeys, IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements)
{
    public IReadOnlySet<string> EndorsementsOf(string? keyId) =>
        keyId is not null && Endorsements.TryGetValue(keyId, out var channels) ? channels : new HashSet<string>();
}

/// <summary>
/// Reads the OpenID metadata, then its JWKS, once for both the keys and their endorsements, so the two always come
/// from the same document. <c>endorsements</c> is not part of the JWK standard, so it is read from the JSON here
/// rather than trusted to survive in <see cref="JsonWebKey"/>.
/// </summary>
public sealed class ConnectorKeysRetriever : IConfigurationRetriever<ConnectorKeys>
{
    public async Task<ConnectorKeys> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        using var metadata = JsonDocument.Parse(await retriever.GetDocumentAsync(address, cancel));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new InvalidOperationException($"The OpenID metadata at {address} names no jwks_uri.");
        var jwks = await retriever.GetDocumentAsync(jwksUri, cancel);

        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (!key.TryGetProperty("kid", out var kid) || kid.GetString() is not { } keyId) continue;
            endorsements[keyId] = key.TryGetProperty("endorsements", out var channels) && channels.ValueKind == JsonValueKind.Array
                ? channels.EnumerateArray().Select(channel => channel.GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>();
        }
        return new ConnectorKeys(new JsonWebKeySet(jwks).GetSigningKeys().ToList(), endorsements);
    }
}
