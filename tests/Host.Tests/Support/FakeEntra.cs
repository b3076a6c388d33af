using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Politikerforum.Host.Tests.Support;

/// <summary>
/// Entra ID as the forum sees it: an OpenID Connect discovery document and a JWKS on 127.0.0.1,
/// with our own RSA signing key, so the production token path runs unchanged; and, for the pages' sign-in, a token
/// endpoint that redeems the authorization codes a test has issued.
/// </summary>
public sealed class FakeEntra : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "fake-entra-key" };

    private FakeEntra(WebApplication app) => _app = app;

    public string Authority => $"{_app.Urls.First()}/tenant/v2.0";

    public static async Task<FakeEntra> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var entra = new FakeEntra(builder.Build());
        entra._app.MapGet("/tenant/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = entra.Authority,
            ["jwks_uri"] = $"{entra._app.Urls.First()}/tenant/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint"] = $"{entra._app.Urls.First()}/tenant/oauth2/v2.0/token",
            ["authorization_endpoint"] = $"{entra._app.Urls.First()}/tenant/oauth2/v2.0/authorize",
            ["end_session_endpoint"] = $"{entra._app.Urls.First()}/tenant/oauth2/v2.0/logout",
            ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
        }));
        entra._app.MapPost("/tenant/oauth2/v2.0/token", entra.RedeemAsync);
        entra._app.MapGet("/tenant/discovery/v2.0/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(entra._key.Rsa.ExportParameters(false)) { KeyId = entra._key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E, alg = "RS256" } } });
        });
        await entra._app.StartAsync();
        return entra;
    }

    public string TokenFor(string role, string objectId, string audience) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Authority,
        Audience = audience,
        Subject = new ClaimsIdentity([new Claim("oid", objectId), new Claim("roles", role)]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256)
    });

    private readonly Dictionary<string, (string ClientId, string Secret, string Nonce, Claim[] Claims)> _codes = [];

    /// <summary>What Entra would do when the person has signed in: an authorization code for the client, redeemable once.</summary>
    public void Issue(string code, string clientId, string clientSecret, string nonce, string objectId, string role, string name)
    {
        lock (_codes) _codes[code] = (clientId, clientSecret, nonce, [new("oid", objectId), new("sub", objectId), new("roles", role), new("name", name)]);
    }

    private async Task<IResult> RedeemAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        (string ClientId, string Secret, string Nonce, Claim[] Claims) issued;
        lock (_codes)
            if (!_codes.Remove(form["code"].ToString(), out issued)) return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        if (form["client_id"] != issued.ClientId || form["client_secret"] != issued.Secret || form["code_verifier"].ToString().Length == 0)
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        var accessToken = Guid.NewGuid().ToString("N");
        var hash = SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(accessToken));
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = issued.ClientId,
            Subject = new ClaimsIdentity([.. issued.Claims, new Claim("nonce", issued.Nonce), new Claim("at_hash", Base64UrlEncoder.Encode(hash[..16]))]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256)
        });
        return Results.Json(new { id_token = idToken, access_token = accessToken, token_type = "Bearer", expires_in = 3600 });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
