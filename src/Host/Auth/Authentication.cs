using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Politikerforum.Host.Settings;

namespace Politikerforum.Host.Auth;

/// <summary>
/// JWT bearer tokens. In production they come from Entra ID (<c>Auth:Authority</c>, <c>Auth:Audience</c>).
/// When running locally (Development or Testing) the host also accepts tokens from the development
/// issuer, signed with <c>Auth:DevelopmentSigningKey</c> — what <c>ops/token</c> prints.
/// </summary>
public static class Authentication
{
    public const string DevelopmentIssuer = "politikerforum-dev";
    public const string DevelopmentAudience = "politikerforum";

    public static void AddForumAuthentication(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration.GetSection("Auth");
        // Outside Development and Testing an authority is required (AuthSettings, checked at start-up).
        var developmentKey = builder.Environment.RunsLocally() ? config["DevelopmentSigningKey"] : null;

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
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
