using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace Politikerforum.Integrations.Graph;

/// <summary>
/// The forum's Microsoft Graph connection, section <c>Graph</c> (as environment variables <c>Graph__ClientId</c> and so
/// on). Without <see cref="ClientId"/> Graph is off. Every address is a setting, so an operator can aim the forum at a
/// national cloud and a test at its own servers on 127.0.0.1.
/// </summary>
public sealed record GraphSettings
{
    public const string Section = "Graph";

    public string TenantId { get; init; } = "";

    /// <summary>The Entra app registration's application (client) id.</summary>
    public string ClientId { get; init; } = "";

    public string ClientSecret { get; init; } = "";

    /// <summary>
    /// A PKCS#12 file with the app's certificate and private key: it signs the forum's token requests when there is no
    /// <see cref="ClientSecret"/>, and, whenever it is set, Graph encrypts the channel messages it sends to it.
    /// </summary>
    public string CertificatePath { get; init; } = "";

    /// <summary>The password of the <see cref="CertificatePath"/> file, if it has one.</summary>
    public string CertificatePassword { get; init; } = "";

    public string BaseUrl { get; init; } = "https://graph.microsoft.com/v1.0";

    public string? TokenEndpoint { get; init; }

    /// <summary>The public https base that Graph calls back: <c>{base}/api/graph/notifications</c> and <c>/lifecycle</c>.</summary>
    public string NotificationBaseUrl { get; init; } = "";

    /// <summary>The team (its Entra group id) in which the forum creates theme channels.</summary>
    public string TeamId { get; init; } = "";

    /// <summary>
    /// The user (object id or user principal name, e.g. a secretariat mailbox) in whose calendar the forum books the
    /// Teams meetings of urgent themes. Without it no meetings are booked.
    /// </summary>
    public string MeetingOrganizer { get; init; } = "";

    public bool IsOn => !string.IsNullOrWhiteSpace(ClientId);

    public bool EncryptsResourceData => !string.IsNullOrWhiteSpace(CertificatePath);

    public string TokenEndpointOrDefault =>
        TokenEndpoint is { Length: > 0 } endpoint ? endpoint : $"https://login.microsoftonline.com/{TenantId}{TokenPath}";

    /// <summary>The authority MSAL asks for tokens: the token endpoint without <see cref="TokenPath"/>.</summary>
    public string Authority => TokenEndpointOrDefault[..^TokenPath.Length];

    /// <summary>Where Entra ID publishes the keys that sign Graph's validation tokens, under the same authority.</summary>
    public string OpenIdMetadataUrl => $"{Authority}/.well-known/openid-configuration";

    /// <summary>The app-only scope of the Graph service at <see cref="BaseUrl"/>: <c>https://graph.microsoft.com/.default</c>.</summary>
    public string Scope => $"{new Uri(BaseUrl).GetLeftPart(UriPartial.Authority)}/.default";

    public string NotificationUrl => $"{NotificationBaseUrl.TrimEnd('/')}/api/graph/notifications";
    public string LifecycleUrl => $"{NotificationBaseUrl.TrimEnd('/')}/api/graph/lifecycle";

    public const string TokenPath = "/oauth2/v2.0/token";

    public static GraphSettings From(IConfiguration configuration) => configuration.GetSection(Section).Get<GraphSettings>() ?? new();

    public X509Certificate2 LoadCertificate() =>
        X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, string.IsNullOrEmpty(CertificatePassword) ? null : CertificatePassword,
            X509KeyStorageFlags.EphemeralKeySet);

    /// <summary>Why Graph with these settings could not work, in one line that names the setting; null when it can (or is off).</summary>
    public string? Problem()
    {
        if (!IsOn) return null;
        if (string.IsNullOrWhiteSpace(TenantId))
            return "Graph:TenantId is required when Graph:ClientId is set: give the Entra tenant id (environment variable Graph__TenantId).";
        if (string.IsNullOrWhiteSpace(ClientSecret) && !EncryptsResourceData)
            return "Graph:ClientSecret or Graph:CertificatePath is required when Graph:ClientId is set: give the app's client secret (Graph__ClientSecret) or its certificate (Graph__CertificatePath).";
        if (!IsHttps(BaseUrl))
            return $"Graph:BaseUrl must be an https URL; it is '{BaseUrl}'.";
        if (!IsHttps(TokenEndpointOrDefault) || !TokenEndpointOrDefault.EndsWith(TokenPath, StringComparison.Ordinal))
            return $"Graph:TokenEndpoint must be an https URL ending in {TokenPath}; it is '{TokenEndpointOrDefault}'.";
        if (NotificationBaseUrl.Length > 0 && !IsHttps(NotificationBaseUrl))
            return $"Graph:NotificationBaseUrl must be an https URL (Graph calls back only over https); it is '{NotificationBaseUrl}'.";
        if (EncryptsResourceData && CertificateProblem() is { } problem)
            return problem;
        return null;
    }

    private string? CertificateProblem()
    {
        try
        {
            using var certificate = LoadCertificate();
            return certificate.HasPrivateKey ? null : $"Graph:CertificatePath must hold the certificate's private key; '{CertificatePath}' has none.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            return $"Graph:CertificatePath could not be read as a PKCS#12 (.pfx) file: '{CertificatePath}' ({e.GetType().Name}).";
        }
    }

    private static bool IsHttps(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
