using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Politikerforum.Host.Auth;

namespace Politikerforum.Host.Web.Pages.Konto;

/// <summary>
/// Where the pages send someone who is not signed in: on to Entra ID when it is configured, to the development sign-in
/// when the forum runs locally, and otherwise to a plain statement that sign-in is not set up.
/// </summary>
public sealed class LoginModel(IConfiguration configuration, IWebHostEnvironment environment) : PageModel
{
    public IActionResult OnGet(string? returnUrl)
    {
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl : "/sekretariat";
        if (WebSignIn.UsesEntra(configuration))
            return Challenge(new AuthenticationProperties { RedirectUri = back }, WebSignIn.EntraScheme);
        if (Authentication.RunsLocally(environment))
            return Redirect($"{WebSignIn.DevelopmentLoginPath}?returnUrl={Uri.EscapeDataString(back)}");
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }
}
