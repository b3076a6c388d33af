using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Politikerforum.Host.Auth;

namespace Politikerforum.Host.Web.Pages.Konto;

/// <summary>Signs out of the pages, and of Entra ID too when that is where the person signed in.</summary>
public sealed class LogoutModel(IConfiguration configuration) : PageModel
{
    public void OnGet() { }

    public IActionResult OnPost()
    {
        var properties = new AuthenticationProperties { RedirectUri = WebSignIn.LogoutPath };
        return WebSignIn.UsesEntra(configuration)
            ? SignOut(properties, WebSignIn.CookieScheme, WebSignIn.EntraScheme)
            : SignOut(properties, WebSignIn.CookieScheme);
    }
}
