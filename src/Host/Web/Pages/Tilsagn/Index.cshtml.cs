using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;

namespace Politikerforum.Host.Web.Pages.Tilsagn;

/// <summary>The cross-level ledger of commitments: who promised what to whom, what was delivered, and what is overdue.</summary>
public sealed class IndexModel(IQuerySession session) : RegistryPage
{
    [BindProperty(SupportsGet = true, Name = "tema")] public Guid? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public CommitmentStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "fra")] public Level? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "til")] public Recipient? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "efter")] public Guid? After { get; set; }

    public Ledger Ledger { get; private set; } = new([]);
    public Page<CommitmentView> Commitments { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync()
    {
        if (RefusedFilter() is { } refused) return refused;
        await LoadThemesAsync(session);
        Ledger = await CommitmentReads.LedgerAsync(session, Actor, Theme, Aborted);
        Commitments = await CommitmentReads.ListAsync(session, Actor, Theme, Status, From, To, After, 50, Aborted);
        return Page();
    }

    /// <summary>The list narrowed to one pair of the ledger, in the chosen theme.</summary>
    public string PairLink(LedgerLine line, CommitmentStatus? status = null) =>
        $"/sekretariat/tilsagn?{(Theme is { } theme ? $"tema={theme}&" : "")}fra={line.From.ToString().ToLowerInvariant()}&til={line.To.ToString().ToLowerInvariant()}"
        + (status is { } s ? $"&status={s.ToString().ToLowerInvariant()}" : "") + "#liste";
}
