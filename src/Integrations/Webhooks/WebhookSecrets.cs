using System.Security.Cryptography;
using System.Text;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// A subscription's signing secrets (Standard Webhooks: <c>whsec_</c> and base64 of 32 random bytes). After a rotation
/// the previous secret signs as well until <see cref="PreviousUntil"/>, so a receiver can switch at its own pace.
/// </summary>
public sealed record WebhookSecrets(Guid Id, string Current, string? Previous, DateTimeOffset? PreviousUntil)
{
    public const string Prefix = "whsec_";

    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// The <c>webhook-signature</c> header: <c>v1,</c> and the base64 HMAC-SHA256 of <c>id.timestamp.body</c>, once per
    /// secret in force, separated by spaces.
    /// </summary>
    /// <param name="now">The forum's time, which decides whether the previous secret still signs.</param>
    public string Sign(string id, long timestamp, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        var signed = Encoding.UTF8.GetBytes($"{id}.{timestamp}.").Concat(body.ToArray()).ToArray();
        var secrets = Previous is not null && PreviousUntil > now ? new[] { Current, Previous } : [Current];
        return string.Join(' ', secrets.Select(s => "v1," + Convert.ToBase64String(HMACSHA256.HashData(Key(s), signed))));
    }

    private static byte[] Key(string secret) => Convert.FromBase64String(secret[Prefix.Length..]);
}
