using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;

namespace Politikerforum.Host.Web.Pages.Beslutninger;

public sealed class DetaljerModel(IQuerySession session, TimeProvider clock) : ItemPage(session, clock)
{
    public DecisionDetail? Decision { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Decision = await DecisionReads.GetAsync(Session, id, Actor, Aborted);
        return await ShowAsync(Decision, Refusal.Unknown, d => d.ThemeId);
    }
}
