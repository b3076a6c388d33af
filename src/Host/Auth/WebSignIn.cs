using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Politikerforum.Host.Auth;

/// <summary>
/// How people sign in to the secretariat's pages: a cookie of their own, apart from the API's bearer tokens. In production
/// the cookie comes from Entra ID by OpenID Connect (<c>Web:Authority</c>, <c>Web:ClientId</c>, <c>Web:ClientSecret</c>);
/// running locally, <c>/login/udvikling</c> signs in a seeded person instead. The cookie carries the same <c>oid</c> and
/// <c>roles</c> claims as a token, so <see cref="Callers"/> makes the same <see cref="Domain.Actor"/> of it.
/// </summary>
public static class WebSignIn
{
    public const string CookieScheme = "sekretariat";
    public const string EntraScheme = "entra";
    public const string LoginPath = "/login", LogoutPath = "/logout", DevelopmentLoginPath = "/login/udvikling";
    public const string ErrorPath = "/sekretariat/fejl/{0}";
    public const string AccessDeniedPath = "/sekretariat/fejl/403";

    public static readonly string[] Settings = ["Web:Authority", "Web:ClientId", "Web:ClientSecret"];

    /// <summary>The paths a browser signs in on and reads the pages from; everything else is the API's.</summary>
    public static bool IsWebPath(PathString path) =>
        path.StartsWithSegments("/sekretariat") || path.StartsWithSegments(LoginPath) || path.StartsWithSegments(LogoutPath);

    /// <summary>Whether Entra ID sign-in is configured; throws, naming what is missing, when it is configured only in part.</summary>
    public static bool UsesEntra(IConfiguration configuration)
    {
        var missing = Settings.Where(key => string.IsNullOrWhiteSpace(configuration[key])).ToList();
        if (missing.Count is > 0 and < 3)
            throw new InvalidOperationException(
                $"Sign-in to the secretariat's pages is configured in part: set {string.Join(", ", missing)} as well (Web:Authority, Web:ClientId and Web:ClientSecret go together).");
        return missing.Count == 0;
    }

    /// <summary>Where signing out goes on to, when the pages sign in at Entra ID: its origin, for the pages' security policy.</summary>
    public static string? EntraOrigin(IConfiguration configuration) =>
        UsesEntra(configuration) ? new Uri(configuration["Web:Authority"]!).GetLeftPart(UriPartial.Authority) : null;

    public static AuthenticationBuilder AddWebSignIn(this AuthenticationBuilder auth, IConfiguration configuration, bool runsLocally)
    {
        var entra = UsesEntra(configuration);
        auth.AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = "politikerforum-sekretariat";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = runsLocally ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // An hour without using the pages signs the person out; each visit extends it.
            options.ExpireTimeSpan = TimeSpan.FromHours(1);
            options.SlidingExpiration = true;
            options.LoginPath = LoginPath;
            options.LogoutPath = LogoutPath;
            options.AccessDeniedPath = AccessDeniedPath;
        });
        if (!entra) return auth;

        var web = configuration.GetSection("Web");
        return auth.AddOpenIdConnect(EntraScheme, options =>
        {
            options.Authority = web["Authority"];
            options.ClientId = web["ClientId"];
            options.ClientSecret = web["ClientSecret"];
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.SignInScheme = CookieScheme;
            // Entra's own claim names (oid, roles, name) are what Callers reads, as for a token.
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "name";
            options.TokenValidationParameters.RoleClaimType = Callers.RolesClaim;
            options.SaveTokens = false;
            // Only a test's stand-in for Entra on 127.0.0.1 speaks plain HTTP.
            options.RequireHttpsMetadata = web.GetValue("RequireHttpsMetadata", true);
            options.CorrelationCookie.SecurePolicy = options.NonceCookie.SecurePolicy =
                runsLocally ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // A sign-in that Entra or the forum could not complete (an expired or forged answer) is a page that says so, not a 500.
            options.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebSignIn))
                    .LogWarning(context.Failure, "Sign-in to the secretariat's pages at Entra ID failed");
                context.Response.Redirect(ErrorPath.Replace("{0}", "401"));
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }
}
