using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;

namespace Politikerforum.Host.Web.Pages.Beslutninger;

/// <summary>The decision log: every proposal, where it stands, the tally from each level, and which levels have not spoken.</summary>
public sealed class IndexModel(IQuerySession session) : RegistryPage
{
    [BindProperty(SupportsGet = true, Name = "tema")] public Guid? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public DecisionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "efter")] public Guid? After { get; set; }

    public Page<DecisionDetail> Decisions { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync()
    {
        if (RefusedFilter() is { } refused) return refused;
        await LoadThemesAsync(session);
        Decisions = await DecisionReads.ListAsync(session, Actor, Theme, Status, After, 50, Aborted);
        return Page();
    }

    public static string TallyText(Tally tally) => $"{tally.Support} for, {tally.Object} imod, {tally.Abstain} undlader";
}
