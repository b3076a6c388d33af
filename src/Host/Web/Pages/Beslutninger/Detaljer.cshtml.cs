using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;

namespace Politikerforum.Host.Web.Pages.Beslutninger;

public sealed class DetaljerModel(IQuerySession session, TimeProvider clock) : ItemPage(session, clock)
{
    public DecisionDetail? Decision { get; private set; }
    public string ProposedBy { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Decision = await DecisionReads.GetAsync(Session, id, Actor, Aborted);
        if (Decision is { } d) ProposedBy = (await ActorNames.LoadAsync(Session, [d.ProposedBy], Aborted)).Show(d.ProposedBy, null).Name;
        return await ShowAsync(Decision, Refusal.Unknown, d => d.ThemeId);
    }
}
