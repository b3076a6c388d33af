using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// Checks the Bot Connector's token on <c>/api/messages</c>, as Microsoft's Bot Framework SDK does: signed (RS256/384/512
/// only) by a key from the connector's JWKS, issued by <c>Teams:Issuer</c> for our app id, not expired (5 minutes'
/// skew). Whether it vouches for the activity it came with is <see cref="ConnectorToken.Vouches"/>.
/// Token lifetimes are Microsoft's wall-clock facts, so they are checked against the system clock, never the forum's.
/// </summary>
public sealed class ConnectorTokens(TeamsSettings settings, IConfigurationManager<ConnectorKeys> keys, ILogger<ConnectorTokens> log)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<ConnectorToken?> ValidateAsync(string? authorization, CancellationToken ct)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Refused("no bearer token");

        ConnectorKeys current;
        try
        {
            current = await keys.GetConfigurationAsync(ct);
        }
        catch (InvalidOperationException failure)
        {
            log.LogError(failure, "The Bot Connector's signing keys could not be read from {Metadata}", settings.OpenIdMetadataUrl);
            return Refused("signing keys unavailable");
        }

        var result = await _handler.ValidateTokenAsync(authorization["Bearer ".Length..].Trim(), Parameters(current));
        if (!result.IsValid)
        {
            // Microsoft rotates its keys. A key we have not seen makes us fetch the JWKS again, in the background:
            // this activity is refused, and the connector's retry finds the new key.
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException) keys.RequestRefresh();
            return Refused(result.Exception?.GetType().Name ?? "invalid token");
        }

        var token = (JsonWebToken)result.SecurityToken;
        var keyId = token.SigningKey?.KeyId ?? token.Kid;
        return new ConnectorToken(token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) ? serviceUrl : null, keyId, current.EndorsementsOf(keyId));
    }

    private TokenValidationParameters Parameters(ConnectorKeys current) => new()
    {
        ValidIssuer = settings.Issuer,
        ValidAudience = settings.AppId,
        IssuerSigningKeys = current.SigningKeys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromMinutes(5),
        // Endorsements are looked up by the key's id: a token that names no key cannot be checked for them.
        TryAllIssuerSigningKeys = false
    };

    private ConnectorToken? Refused(string reason)
    {
        log.LogWarning("Refused a Bot Connector request: {Reason}", reason);
        return null;
    }
}
