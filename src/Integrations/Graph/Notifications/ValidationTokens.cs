using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Politikerforum.Integrations.Graph.Notifications;

/// <summary>
/// The <c>validationTokens</c> Graph sends with notifications that carry resource data, checked as the Graph SDK's
/// <c>AreTokensValidAsync</c> checks them: every token signed by a key Entra ID publishes (under the configured
/// authority), issued for the forum's tenant, meant for the forum's app (its client id), and not expired. Only then
/// is the encrypted content taken for Graph's. The keys are read through the host's HTTP client factory.
/// </summary>
public sealed class ValidationTokens(GraphSettings settings, IConfigurationManager<OpenIdConnectConfiguration> metadata, ILogger<ValidationTokens> log)
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<bool> VouchAsync(IReadOnlyCollection<string>? tokens, CancellationToken ct)
    {
        if (tokens is not { Count: > 0 }) return false;
        OpenIdConnectConfiguration keys;
        try
        {
            keys = await metadata.GetConfigurationAsync(ct);
        }
        catch (InvalidOperationException failure)
        {
            log.LogError(failure, "Entra ID's signing keys could not be read from {Metadata}", settings.OpenIdMetadataUrl);
            return false;
        }
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = [$"https://sts.windows.net/{settings.TenantId}/", $"https://login.microsoftonline.com/{settings.TenantId}/v2.0"],
            ValidAudience = settings.ClientId,
            IssuerSigningKeys = keys.SigningKeys,
            ValidateLifetime = true,
            RequireSignedTokens = true
        };
        foreach (var token in tokens)
        {
            var result = await _handler.ValidateTokenAsync(token, parameters);
            if (result.IsValid) continue;
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException) metadata.RequestRefresh();
            log.LogWarning("Refused change notifications: a validation token did not hold ({Reason})", result.Exception?.GetType().Name);
            return false;
        }
        return true;
    }
}
