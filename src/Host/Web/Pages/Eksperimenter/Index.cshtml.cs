using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Experiments;

namespace Politikerforum.Host.Web.Pages.Eksperimenter;

/// <summary>The experiments registry: what is being tried where, how far it has come, and how it went.</summary>
public sealed class IndexModel(IQuerySession session) : RegistryPage
{
    [BindProperty(SupportsGet = true, Name = "tema")] public Guid? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public ExperimentStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "niveau")] public Level? Level { get; set; }
    [BindProperty(SupportsGet = true, Name = "efter")] public Guid? After { get; set; }

    public Page<ExperimentView> Experiments { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync()
    {
        if (RefusedFilter() is { } refused) return refused;
        await LoadThemesAsync(session);
        Experiments = await ExperimentReads.ListAsync(session, Actor, Theme, Status, Level, After, 50, Aborted);
        return Page();
    }
}
