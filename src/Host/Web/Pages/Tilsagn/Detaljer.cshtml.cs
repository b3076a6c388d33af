using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;

namespace Politikerforum.Host.Web.Pages.Tilsagn;

public sealed class DetaljerModel(IQuerySession session, TimeProvider clock) : ItemPage(session, clock)
{
    public CommitmentView? Commitment { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Commitment = await CommitmentReads.GetAsync(Session, id, Actor, Aborted);
        return await ShowAsync(Commitment, Refusal.Unknown, c => c.ThemeId);
    }
}
