using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Web.Pages;

/// <summary>The weekly review starts here: every theme with its pace, how much happened lately, and who takes part from which level.</summary>
public sealed class ForsideModel(IQuerySession session, TimeProvider clock) : ForumPage
{
    [BindProperty(SupportsGet = true, Name = "arkiverede")] public bool WithArchived { get; set; }
    [BindProperty(SupportsGet = true, Name = "efter")] public Guid? After { get; set; }

    public Page<ThemeSummary> Themes { get; private set; } = new([], null);
    public IReadOnlyDictionary<Guid, RecentActivity> Activity { get; private set; } = new Dictionary<Guid, RecentActivity>();
    public int Urgent => Themes.Items.Count(t => t.Pace == Pace.Urgent);
    public int Overdue { get; private set; }

    public async Task OnGetAsync()
    {
        Themes = await ThemeReads.ListAsync(session, Actor, WithArchived ? null : false, null, After, 50, Aborted);
        Activity = await ActivityReads.RecentAsync(session, Actor, [.. Themes.Items.Select(t => t.Id)], clock.GetUtcNow(), Aborted);
        Overdue = (await CommitmentReads.LedgerAsync(session, Actor, null, Aborted)).Lines.Sum(l => l.Overdue);
    }

    public string NextPage => $"/sekretariat?{(WithArchived ? "arkiverede=true&" : "")}efter={Themes.Next}";
}
