using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Politikerforum.Integrations.Teams;

/// <summary>
/// The bot's configuration, section <c>Teams</c> (as environment variables <c>Teams__AppId</c> and so on). Without
/// <see cref="AppId"/> the bot is off. Every address is a setting, so an operator can aim the bot at another cloud
/// and a test at its own servers on 127.0.0.1.
/// </summary>
public sealed record TeamsSettings
{
    public const string Section = "Teams";

    /// <summary>The bot's Microsoft App ID (its Entra app registration); the audience of the Bot Connector's tokens.</summary>
    public string AppId { get; init; } = "";

    /// <summary>The app registration's client secret, for the bot's own tokens to the Connector.</summary>
    public string AppPassword { get; init; } = "";

    /// <summary><c>botframework.com</c> for a multi-tenant bot, the tenant id for a single-tenant one.</summary>
    public string TenantId { get; init; } = "botframework.com";

    public string OpenIdMetadataUrl { get; init; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public string Issuer { get; init; } = "https://api.botframework.com";

    /// <summary>Where the bot's client-credentials tokens come from; by default Entra ID's endpoint for <see cref="TenantId"/>.</summary>
    public string? TokenEndpoint { get; init; }

    /// <summary>When the daily digest of a channel in normal pace goes out, in Danish time (hh:mm).</summary>
    public string DigestTime { get; init; } = "08:00";

    public bool IsOn => !string.IsNullOrWhiteSpace(AppId);

    public string TokenEndpointOrDefault =>
        TokenEndpoint is { Length: > 0 } endpoint ? endpoint : $"https://login.microsoftonline.com/{TenantId}{TokenPath}";

    /// <summary>The authority MSAL asks for tokens: the token endpoint without <see cref="TokenPath"/>.</summary>
    public string Authority => TokenEndpointOrDefault[..^TokenPath.Length];

    public TimeOnly DigestTimeOfDay => TimeOnly.ParseExact(DigestTime, "HH:mm", CultureInfo.InvariantCulture);

    public static TeamsSettings From(IConfiguration configuration) => configuration.GetSection(Section).Get<TeamsSettings>() ?? new();

    /// <summary>Why a bot with these settings could not work, in one line that names the setting; null when it can (or is off).</summary>
    public string? Problem()
    {
        if (!IsOn) return null;
        if (string.IsNullOrWhiteSpace(AppPassword))
            return "Teams:AppPassword is required when Teams:AppId is set: give the bot's client secret (environment variable Teams__AppPassword).";
        if (!IsHttps(OpenIdMetadataUrl))
            return $"Teams:OpenIdMetadataUrl must be an https URL; it is '{OpenIdMetadataUrl}'.";
        if (!IsHttps(TokenEndpointOrDefault) || !TokenEndpointOrDefault.EndsWith(TokenPath, StringComparison.Ordinal))
            return $"Teams:TokenEndpoint must be an https URL ending in {TokenPath}; it is '{TokenEndpointOrDefault}'.";
        if (string.IsNullOrWhiteSpace(Issuer))
            return "Teams:Issuer must not be empty.";
        if (!TimeOnly.TryParseExact(DigestTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return $"Teams:DigestTime must be a time of day such as 08:00; it is '{DigestTime}'.";
        return null;
    }

    /// <summary>Entra ID's token endpoint path, after the tenant.</summary>
    public const string TokenPath = "/oauth2/v2.0/token";

    private static bool IsHttps(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
