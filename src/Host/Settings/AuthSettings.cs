namespace Politikerforum.Host.Settings;

/// <summary>Section <c>Auth</c>: whose bearer tokens the forum accepts (see <see cref="Auth.Authentication"/>).</summary>
public sealed class AuthSettings : ISettings
{
    public static string Section => "Auth";

    /// <summary>The Entra ID tenant that issues the tokens, e.g. https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public string? Authority { get; set; }

    /// <summary>The API's application ID URI, the tokens' audience.</summary>
    public string? Audience { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Secret. The local token issuer's key (ops/dev-key); ignored outside Development and Testing.</summary>
    public string? DevelopmentSigningKey { get; set; }

    /// <summary>HS256 wants a key of at least 256 bits.</summary>
    public const int MinimumKeyLength = 32;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (environment.RunsLocally())
        {
            if (!string.IsNullOrEmpty(DevelopmentSigningKey) && DevelopmentSigningKey.Length < MinimumKeyLength)
                yield return $"Auth:DevelopmentSigningKey must be at least {MinimumKeyLength} characters (ops/dev-key makes one).";
            yield break;
        }
        if (string.IsNullOrWhiteSpace(Authority))
            yield return "Auth:Authority (the Entra ID tenant) must be configured outside Development; development tokens are never accepted here.";
        else if (!ForumEnvironment.IsAbsoluteUrl(Authority, Uri.UriSchemeHttps, RequireHttpsMetadata ? Uri.UriSchemeHttps : Uri.UriSchemeHttp))
            yield return $"Auth:Authority must be an https URL such as https://login.microsoftonline.com/<tenant>/v2.0; it is '{Authority}'.";
        if (string.IsNullOrWhiteSpace(Audience))
            yield return "Auth:Audience (the API's application ID URI, e.g. api://politikerforum) must be configured outside Development.";
    }
}
