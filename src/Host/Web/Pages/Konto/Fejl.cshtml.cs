using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Politikerforum.Host.Http;

namespace Politikerforum.Host.Web.Pages.Konto;

/// <summary>
/// What a person sees when the pages answer with an error status and nothing of their own: no access, an unknown
/// address, a form that had expired. Shown again for whatever method the request used.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class FejlModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void OnGet(int status) => Show(status);

    public void OnPost(int status) => Show(status);

    private void Show(int status)
    {
        // Re-executed for another request, the address names that request's status; reached directly, it answers with it too.
        Response.StatusCode = status is >= 400 and < 600 ? status : 404;
        Title = Problems.TitleOf(Response.StatusCode);
        Text = Response.StatusCode switch
        {
            401 => "Du blev ikke logget ind. Prøv igen, og kontakt sekretariatet, hvis det ikke lykkes.",
            400 => "Siden kunne ikke behandle det, du sendte. Hvis du udfyldte en formular, er den måske udløbet: hent siden igen, og prøv en gang til.",
            403 => "Din rolle giver ikke adgang til denne side. Sekretariatets sider er for sekretariatet; medlemmer kan læse dem, men ikke handle på dem.",
            404 => "Siden findes ikke, eller du har ikke adgang til det, den viser.",
            >= 500 => "Der opstod en uventet fejl. Prøv igen, og kontakt sekretariatet, hvis fejlen fortsætter.",
            _ => "Forespørgslen kunne ikke behandles."
        };
    }
}
