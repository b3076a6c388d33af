using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;

namespace Politikerforum.Host.Web.Pages.Tilsagn;

public sealed class DetaljerModel(IQuerySession session, TimeProvider clock) : ItemPage(session, clock)
{
    public CommitmentView? Commitment { get; private set; }
    public ActorNames Names { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Commitment = await CommitmentReads.GetAsync(Session, id, Actor, Aborted);
        if (Commitment is { } c) Names = await ActorNames.LoadAsync(Session, [c.MadeBy, c.SettledBy ?? Guid.Empty], Aborted);
        return await ShowAsync(Commitment, Refusal.Unknown, c => c.ThemeId);
    }
}
