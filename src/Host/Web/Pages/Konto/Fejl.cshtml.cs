using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Politikerforum.Host.Http;

namespace Politikerforum.Host.Web.Pages.Konto;

/// <summary>
/// What a person sees when the pages answer with an error status and nothing of their own: no access, an unknown
/// address, a form that had expired, a database out of reach. Shown again for whatever method the request used.
/// Needs nothing from the database, so it can be shown while PostgreSQL is away.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class FejlModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    /// <summary>For a 5xx: the trace id the log line carries, so the secretariat's operators can find what happened.</summary>
    public string? TraceId { get; private set; }

    public void OnGet(int status) => Show(status);

    public void OnPost(int status) => Show(status);

    private void Show(int status)
    {
        // After an exception the forum's exception handler has chosen the status (and Retry-After for a 503) and logged
        // it; re-executed for another request, the address names that request's status; reached directly, it answers with it too.
        Response.StatusCode = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? Response.StatusCode
            : status is >= 400 and < 600 ? status : 404;
        Title = Response.StatusCode == 503 ? "Politikerforum er midlertidigt utilgængeligt" : Problems.TitleOf(Response.StatusCode);
        TraceId = Response.StatusCode >= 500 ? Problems.TraceId(HttpContext) : null;
        Text = Response.StatusCode switch
        {
            401 => "Du blev ikke logget ind. Prøv igen, og kontakt sekretariatet, hvis det ikke lykkes.",
            400 => "Siden kunne ikke behandle det, du sendte. Hvis du udfyldte en formular, er den måske udløbet: hent siden igen, og prøv en gang til.",
            403 => "Din rolle giver ikke adgang til denne side. Sekretariatets sider er for sekretariatet; medlemmer kan læse dem, men ikke handle på dem.",
            404 => "Siden findes ikke, eller du har ikke adgang til det, den viser.",
            409 => "Nogen har ændret det samme i mellemtiden. Hent siden igen, og prøv en gang til.",
            503 => "Forummet kan ikke få forbindelse til sin database lige nu, og siden kan derfor ikke vises. Prøv igen om et par " +
                   "minutter. Har du lige sendt en formular, så kontrollér, om ændringen er gemt, før du sender den igen.",
            >= 500 => "Der opstod en uventet fejl. Prøv igen om lidt.",
            _ => "Forespørgslen kunne ikke behandles."
        };
    }
}
