namespace Politikerforum.Integrations.Graph;

/// <summary>
/// The Graph connection's named HTTP clients. <see cref="Api"/> is only the innermost handler: the Graph SDK's own
/// middleware (retry with <c>Retry-After</c>, redirects, compression) is put in front of it by <see cref="GraphConnection"/>.
/// </summary>
public static class GraphHttp
{
    /// <summary>Graph's REST API at <see cref="GraphSettings.BaseUrl"/>.</summary>
    public const string Api = "graph-api";

    /// <summary>Entra ID's token endpoint (through MSAL) and its OpenID metadata, for the validation tokens.</summary>
    public const string Login = "graph-login";
}
