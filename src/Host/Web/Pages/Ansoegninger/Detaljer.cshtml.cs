using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Host.Web.Pages.Ansoegninger;

/// <summary>
/// One application, and while it waits the secretariat's two answers: approve (which registers the applicant as a member,
/// by <see cref="ApproveApplication"/>) or reject (<see cref="RejectApplication"/>), both through <see cref="ForumCommands"/>
/// as the API and Teams run them. A refusal comes back as the form again, with the Domain's Danish text at each field.
/// </summary>
public sealed class DetaljerModel(IQuerySession session, ForumCommands commands) : ForumPage
{
    public ApplicationView Application { get; private set; } = null!;
    public ApplicationForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await ShowAsync(id, null) ?? Page();

    /// <param name="noegle">The form's idempotency key: the same form sent twice registers one member.</param>
    public async Task<IActionResult> OnPostGodkendAsync(Guid id, string? email, Level? level, string? name, string? body, string? party, string? noegle)
    {
        var command = new ApproveApplication(email!, level, name, body, party) { ApplicationId = id };
        return await RunAsync(id, command, noegle, ApplicationForm.Approving(email, level, name, body, party),
            application => $"Ansøgningen fra {application.Name} er godkendt, og {application.Name} er registreret som medlem.");
    }

    public async Task<IActionResult> OnPostAfvisAsync(Guid id, string? reason, string? noegle) =>
        await RunAsync(id, new RejectApplication(reason) { ApplicationId = id }, noegle, ApplicationForm.Rejecting(reason),
            application => $"Ansøgningen fra {application.Name} er afvist.");

    private async Task<IActionResult> RunAsync(Guid id, ICommand command, string? noegle, ApplicationForm sent, Func<ApplicationView, string> said)
    {
        var key = Guid.TryParse(noegle, out var parsed) ? parsed.ToString() : null;
        var outcome = await commands.RunAsync(Actor, command, key, CancellationToken.None);
        if (outcome is Done && await ApplicationReads.GetAsync(session, id, Aborted) is { } decided)
        {
            TempData[IndexModel.Message] = said(decided);
            return Redirect("/sekretariat/ansoegninger");
        }
        var refusal = outcome as Refusal ?? Refusal.Unknown;
        if (await ShowAsync(id, sent with { Refusal = refusal }) is { } refused) return refused;
        Response.StatusCode = Http.Problems.StatusOf(refusal.Kind);
        return Page();
    }

    /// <summary>Null when the page can be shown; else the refusal to show instead (as the API would answer the read).</summary>
    private async Task<IActionResult?> ShowAsync(Guid id, ApplicationForm? form)
    {
        if (ApplicationReads.Refuses(Actor) is { } refusal) return Refused(refusal);
        if (await ApplicationReads.GetAsync(session, id, Aborted) is not { } application) return Refused(ApplicationReads.Unknown);
        (Application, Form) = (application, form ?? ApplicationForm.For(application));
        return null;
    }
}
