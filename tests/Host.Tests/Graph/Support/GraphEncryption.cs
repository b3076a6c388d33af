using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Politikerforum.Integrations.Graph;

namespace Politikerforum.Host.Tests.Graph.Support;

/// <summary>What Graph does for a subscription with <c>includeResourceData</c>: the content encrypted for the forum's certificate, and validation tokens.</summary>
public static class GraphEncryption
{
    /// <summary>A self-signed certificate with its private key, as the forum's <c>Graph:CertificatePath</c>.</summary>
    public static X509Certificate2 NewCertificate(string subject = "CN=Politikerforum Graph test")
    {
        using var rsa = RSA.Create(2048);
        return new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    /// <summary>RSA-OAEP for a fresh key, AES-CBC with the key's first 16 bytes as IV, HMAC-SHA256 over the data, as Graph's documentation describes.</summary>
    public static EncryptedMessage Encrypt(string json, X509Certificate2 certificate)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        using var aes = Aes.Create();
        aes.Key = key;
        var data = aes.EncryptCbc(Encoding.UTF8.GetBytes(json), key[..16], PaddingMode.PKCS7);
        using var rsa = certificate.GetRSAPublicKey()!;
        var signature = HMACSHA256.HashData(key, data);
        return new EncryptedMessage(Convert.ToBase64String(data), Convert.ToBase64String(rsa.Encrypt(key, RSAEncryptionPadding.OaepSHA1)),
            Convert.ToBase64String(signature), "forum-certificate", certificate.Thumbprint);
    }

    /// <summary>
    /// A validation token as Entra ID issues it for Graph's notifications: signed with the tenant's key, issued by
    /// <c>https://sts.windows.net/{tenant}/</c>, for the forum's app.
    /// </summary>
    public static string ValidationToken(SecurityKey key, string audience = FakeGraph.ClientId, string issuer = $"https://sts.windows.net/{FakeGraph.TenantId}/",
        DateTime? expires = null)
    {
        var until = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer, Audience = audience, IssuedAt = until.AddHours(-2), NotBefore = until.AddHours(-2), Expires = until,
            Claims = new Dictionary<string, object> { ["azp"] = "0bf30f3b-4a52-48df-9a82-234910c4a086", ["tid"] = FakeGraph.TenantId },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256)
        });
    }
}
