using Politikerforum.Host.Auth;

namespace Politikerforum.Host.Http;

/// <summary>
/// Headers that keep browsers from sniffing, framing, caching or leaking what the API answers. Set as the
/// response starts, so they are on every response, also the problem details written after an exception
/// (the exception handler clears headers set earlier).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The API serves only JSON: nothing in it may load, run or be framed.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The API reference at /docs runs scripts and styles of its own; it may still never be framed.</summary>
    public const string PagePolicy = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

    /// <summary>A year, subdomains included: the forum is only ever reached over HTTPS.</summary>
    public const string StrictTransport = "max-age=31536000; includeSubDomains";

    /// <summary>
    /// The secretariat's pages load only their own files (no inline script or style, nothing from elsewhere) and post
    /// their forms only to themselves — and, on signing out, on to Entra ID.
    /// </summary>
    public static string WebPolicy(string? signOutOrigin) =>
        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; "
        + $"form-action 'self'{(signOutOrigin is null ? "" : " " + signOutOrigin)}";

    /// <param name="strictTransport">
    /// Outside Development: browsers that reached the forum over HTTPS never again try plain HTTP (HSTS). Sent only on
    /// HTTPS, as RFC 6797 asks; behind a proxy that ends TLS, the proxy must forward the scheme or send the header itself.
    /// </param>
    /// <param name="signOutOrigin">Entra ID's origin when the pages sign in there, else null.</param>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool strictTransport, string? signOutOrigin = null) => app.Use(async (context, next) =>
    {
        var web = WebSignIn.IsWebPath(context.Request.Path) ? WebPolicy(signOutOrigin) : null;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var api = context.Request.Path.StartsWithSegments("/api");
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = api ? ApiPolicy : web ?? PagePolicy;
            if (strictTransport && context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransport;
            // Answers about themes and members must not linger in a shared or browser cache.
            if (api || web is not null) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
