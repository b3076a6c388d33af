using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Experiments;

namespace Politikerforum.Host.Web.Pages.Eksperimenter;

public sealed class DetaljerModel(IQuerySession session, TimeProvider clock) : ItemPage(session, clock)
{
    public ExperimentView? Experiment { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Experiment = await ExperimentReads.GetAsync(Session, id, Actor, Aborted);
        return await ShowAsync(Experiment, Refusal.Unknown, x => x.ThemeId);
    }
}
