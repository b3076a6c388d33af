using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Web.Pages.Temaer;

/// <summary>
/// Switches a theme's pace through <see cref="ForumCommands"/>, as the API and Teams do. The rules are the command's:
/// a refusal comes back as the form again, with the Domain's Danish text at the form and at each field.
/// </summary>
public sealed class TempoModel(IQuerySession session, ForumCommands commands, TimeProvider clock) : ForumPage
{
    public ThemeDetail Theme { get; private set; } = null!;
    public PaceForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await ThemeReads.GetAsync(session, id, Actor, clock.GetUtcNow(), Aborted) is not { } theme) return Refused(Refusal.Unknown);
        (Theme, Form) = (theme, PaceForm.For(theme, clock.GetUtcNow()));
        return Page();
    }

    /// <param name="until">Danish wall-clock time, as the form's field gives it; it belongs to the urgent choice only.</param>
    /// <param name="noegle">The form's idempotency key.</param>
    public async Task<IActionResult> OnPostAsync(Guid id, Pace? pace, string? reason, DateTime? until, string? noegle)
    {
        var command = new SwitchPace(pace, reason, pace == Pace.Urgent && until is { } at ? DanishTime.At(at) : null) { ThemeId = id };
        var key = Guid.TryParse(noegle, out var parsed) ? parsed.ToString() : null;
        var outcome = await commands.RunAsync(Actor, command, key, CancellationToken.None);
        if (outcome is Done done)
        {
            TempData[TemaModel.Message] = done.Answer switch
            {
                PaceSwitchAnswer switched => switched.Message,
                PaceRequestAnswer requested => requested.Message,
                _ => "Tempoet er skiftet."
            };
            return Redirect($"/sekretariat/temaer/{id}");
        }
        var refusal = (Refusal)outcome;
        if (await ThemeReads.GetAsync(session, id, Actor, clock.GetUtcNow(), Aborted) is not { } theme) return Refused(refusal);
        Theme = theme;
        Form = new PaceForm(id, theme.Pace, theme.UrgentUntil, pace ?? Pace.Urgent, reason, until, Guid.NewGuid().ToString(), refusal);
        Response.StatusCode = Http.Problems.StatusOf(refusal.Kind);
        return Page();
    }
}
