using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Politikerforum.Host.Auth;

namespace Politikerforum.Host.Web;

/// <summary>
/// The secretariat's pages under <c>/sekretariat</c>: Razor Pages rendered on the server, a door like HTTP and Teams.
/// They read through the Domain's queries and write only through <see cref="Domain.Commands.ForumCommands"/>.
/// </summary>
public static class WebSetup
{
    public static void AddSecretariatWeb(this WebApplicationBuilder builder)
    {
        var runsLocally = Authentication.RunsLocally(builder.Environment);
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Web/Pages";
            options.Conventions.AuthorizeFolder("/", WebAccess.Readers);
            options.Conventions.AuthorizePage("/Temaer/Tempo", WebAccess.Secretariat);
            options.Conventions.AuthorizePage("/Revisionsspor/Index", WebAccess.Secretariat);
            options.Conventions.AuthorizeFolder("/Ansoegninger", WebAccess.Secretariat);
            options.Conventions.AllowAnonymousToFolder("/Konto");
            // Signing in as anyone by a link is a local convenience: outside Development the page has no address at all.
            if (!runsLocally) options.Conventions.AddPageRouteModelConvention("/Konto/Udvikling", model => model.Selectors.Clear());
        });
        builder.Services.AddWebPolicies();
        // Danish letters are written as they are, not as character references.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "politikerforum-antiforgery";
            options.Cookie.SecurePolicy = runsLocally ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        // Sign-in cookies and anti-forgery tokens outlive a restart only if the keys that protect them do.
        if (builder.Configuration["Web:KeysPath"] is { Length: > 0 } keys)
            builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("politikerforum");
    }

    public static void MapSecretariatWeb(this WebApplication app) => app.MapRazorPages();
}
