using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Applications;

namespace Politikerforum.Host.Web.Pages.Ansoegninger;

/// <summary>
/// Applications for membership (from the Teams bot's "deltag" or the API) in the order they came in, the waiting ones first
/// shown; each is decided on its own page. Read through the Domain's <see cref="ApplicationReads"/>, as the API reads them.
/// </summary>
public sealed class IndexModel(IQuerySession session) : ForumPage
{
    public const string Message = "besked";

    /// <summary>The waiting ones unless asked otherwise; empty (<c>?status=</c>) for every application, whatever its status.</summary>
    [BindProperty(SupportsGet = true, Name = "status")] public ApplicationStatus? Status { get; set; } = ApplicationStatus.Pending;
    [BindProperty(SupportsGet = true, Name = "efter")] public Guid? After { get; set; }
    [TempData(Key = Message)] public string? Said { get; set; }

    public Page<ApplicationView> Applications { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync()
    {
        if (RefusedFilter() is { } refused) return refused;
        if (ApplicationReads.Refuses(Actor) is { } refusal) return Refused(refusal);
        Applications = await ApplicationReads.ListAsync(session, Status, After, 50, Aborted);
        return Page();
    }
}
