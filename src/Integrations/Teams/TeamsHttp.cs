namespace Politikerforum.Integrations.Teams;

/// <summary>
/// The bot's named HTTP clients: one per party it talks to, so each has its own handlers (only the Connector's
/// calls are retried and carry the bot's token) and a test can aim each at its own server.
/// </summary>
public static class TeamsHttp
{
    /// <summary>The Bot Connector's OpenID metadata and signing keys.</summary>
    public const string OpenId = "teams-openid";

    /// <summary>Entra ID's token endpoint, through MSAL.</summary>
    public const string Login = "teams-login";

    /// <summary>The Connector REST API at each conversation's serviceUrl.</summary>
    public const string Connector = "teams-connector";
}
