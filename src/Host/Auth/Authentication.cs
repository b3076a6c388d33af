using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Politikerforum.Host.Settings;

namespace Politikerforum.Host.Auth;

/// <summary>
/// JWT bearer tokens for the API. In production they come from Entra ID (<c>Auth:Authority</c>, <c>Auth:Audience</c>).
/// When running locally (Development or Testing) the host also accepts tokens from the development
/// issuer, signed with <c>Auth:DevelopmentSigningKey</c> — what <c>ops/token</c> prints.
/// The secretariat's pages sign people in with a cookie instead (<see cref="WebSignIn"/>); which of the two a request
/// is authenticated by follows from its path.
/// </summary>
public static class Authentication
{
    public const string DevelopmentIssuer = "politikerforum-dev";
    public const string DevelopmentAudience = "politikerforum";
    public const string ByPath = "by-path";

    public static bool RunsLocally(IHostEnvironment environment) => ForumEnvironment.RunsLocally(environment);

    public static void AddForumAuthentication(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration.GetSection("Auth");
        var runsLocally = RunsLocally(builder.Environment);
        var developmentKey = runsLocally ? config["DevelopmentSigningKey"] : null;
        // Outside Development and Testing an authority is required (AuthSettings, checked before the host is built).

        builder.Services.AddAuthentication(ByPath)
            .AddPolicyScheme(ByPath, null, options => options.ForwardDefaultSelector = context =>
                WebSignIn.IsWebPath(context.Request.Path) ? WebSignIn.CookieScheme : JwtBearerDefaults.AuthenticationScheme)
            .AddWebSignIn(builder.Configuration, runsLocally)
            .AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Authority = config["Authority"];
            options.Audience = config["Audience"];
            // Only a test's stand-in for Entra on 127.0.0.1 speaks plain HTTP.
            options.RequireHttpsMetadata = config.GetValue("RequireHttpsMetadata", true);
            options.TokenValidationParameters.NameClaimType = "name";
            options.TokenValidationParameters.RoleClaimType = Callers.RolesClaim;
            if (!string.IsNullOrEmpty(developmentKey))
            {
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters.ValidIssuer = DevelopmentIssuer;
                options.TokenValidationParameters.ValidAudience = DevelopmentAudience;
                options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(developmentKey));
            }
        });
        builder.Services.AddAuthorization();
    }
}
