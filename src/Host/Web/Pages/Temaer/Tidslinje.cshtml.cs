using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Web.Pages.Temaer;

/// <summary>
/// A theme's timeline, 50 entries at a time from a cursor, filtered by type, level, member, period and free text; the
/// same view can be taken away as CSV or JSON.
/// </summary>
public sealed class TidslinjeModel(IQuerySession session, TimeProvider clock) : TidslinjeFil(session, clock)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "efter")] public long? After { get; set; }

    public ThemeDetail Theme { get; private set; } = null!;
    public Page<TimelineItem> Entries { get; private set; } = new([], null);
    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (theme, refusal) = await ThemeAsync(id);
        if (theme is null) return refusal!;
        Theme = theme;
        Members = await Choices.MembersAsync(Session, Actor, Aborted);
        Entries = (await TimelineReads.PageAsync(Session, id, Actor, Selection.Filter, After, PageSize, Aborted))!;
        return Page();
    }

    public string Here => $"/sekretariat/temaer/{Theme.Id}/tidslinje";
}
