using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Politikerforum.Host.Auth;

namespace Politikerforum.Host.Tests.Support;

/// <summary>Bearer tokens from the development issuer, as <c>ops/token</c> makes them.</summary>
public static class Tokens
{
    public const string SigningKey = "test-signing-key-for-politikerforum-0123456789abcdef";

    public static string For(string role, string objectId, string? signingKey = null, string issuer = Authentication.DevelopmentIssuer,
        DateTime? expires = null)
    {
        var claims = new List<Claim> { new("oid", objectId), new("sub", objectId) };
        if (role.Length > 0) claims.Add(new Claim("roles", role));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Authentication.DevelopmentAudience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey ?? SigningKey)), SecurityAlgorithms.HmacSha256)
        });
    }
}
