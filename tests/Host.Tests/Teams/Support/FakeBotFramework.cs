using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Politikerforum.Host.Tests.Teams.Support;

/// <summary>
/// The Bot Framework's identity side on 127.0.0.1, with our own RSA keys: the Connector's OpenID metadata and its
/// JWKS with endorsements (what the bot reads to check inbound tokens), Entra ID's token endpoint (where MSAL gets
/// the bot's own token), and the signing of Connector tokens as Microsoft would sign them — or as a forger might.
/// </summary>
public sealed class FakeBotFramework : IAsyncDisposable
{
    public const string AppId = "6f2c1b0e-5a4d-4c3b-9e8f-7a6b5c4d3e2f";
    public const string AppPassword = "test-client-secret";
    public const string Issuer = "https://api.botframework.com";

    /// <summary>Published, endorsed for Teams (and the web chat, as Microsoft's keys are for several channels).</summary>
    public RsaSecurityKey TeamsKey { get; } = Key("teams-key");

    /// <summary>Published, but endorsed only for another channel: it must never speak for Teams.</summary>
    public RsaSecurityKey WebChatKey { get; } = Key("webchat-key");

    /// <summary>Never published.</summary>
    public RsaSecurityKey UnknownKey { get; } = Key("unknown-key");

    /// <summary>The bot's own token for the Connector, as this token endpoint issues it.</summary>
    public string ConnectorAccessToken { get; } = $"connector-token-{Guid.NewGuid():N}";

    private int _tokenRequests;
    public int TokenRequests => _tokenRequests;

    private readonly WebApplication _app = LoopbackServer.Create();

    public string MetadataUrl => $"{_app.BaseUrl()}/v1/.well-known/openidconfiguration";
    public string TokenEndpoint => $"{_app.BaseUrl()}/botframework.com/oauth2/v2.0/token";

    public static async Task<FakeBotFramework> StartAsync()
    {
        var fake = new FakeBotFramework();
        fake._app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = $"{fake._app.BaseUrl()}/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" }
        }));
        fake._app.MapGet("/v1/.well-known/keys", () => Results.Json(new
        {
            keys = new[] { Published(fake.TeamsKey, "msteams", "webchat"), Published(fake.WebChatKey, "webchat") }
        }));
        fake._app.MapPost("/botframework.com/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref fake._tokenRequests);
            var form = await request.ReadFormAsync();
            if (form["client_id"] != AppId || form["client_secret"] != AppPassword || form["grant_type"] != "client_credentials"
                || form["scope"] != "https://api.botframework.com/.default")
                return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
            return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = fake.ConnectorAccessToken });
        });
        await fake._app.StartAsync();
        return fake;
    }

    /// <summary>A Connector token for an activity from <paramref name="serviceUrl"/>; each argument can be made wrong.</summary>
    public string TokenFor(string serviceUrl, SecurityKey? key = null, string issuer = Issuer, string audience = AppId,
        DateTime? expires = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var until = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl), new Claim("appid", "d6d49420-f39b-4df7-a1dc-d59a935871db")]),
            IssuedAt = until.AddHours(-1),
            NotBefore = until.AddHours(-1),
            Expires = until,
            SigningCredentials = new SigningCredentials(key ?? TeamsKey, algorithm)
        });
    }

    /// <summary>A token with no signature at all (<c>alg: none</c>).</summary>
    public static string UnsignedTokenFor(string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = AppId,
        Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
        Expires = DateTime.UtcNow.AddMinutes(30)
    });

    private static RsaSecurityKey Key(string id) => new(RSA.Create(2048)) { KeyId = id };

    private static object Published(RsaSecurityKey key, params string[] endorsements)
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
        return new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E, endorsements };
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
