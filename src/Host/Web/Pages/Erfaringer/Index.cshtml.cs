using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Search;

namespace Politikerforum.Host.Web.Pages.Erfaringer;

/// <summary>
/// The lessons library: what worked and what went wrong. With search words it ranks by relevance in Danish (stemming,
/// so "kommune" finds "kommunernes"); without, it lists the library page by page.
/// </summary>
public sealed class IndexModel(IQuerySession session, ForumSearch search) : RegistryPage
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Words { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public LessonKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "tema")] public Guid? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "efter")] public Guid? After { get; set; }

    public IReadOnlyList<SearchHit>? Hits { get; private set; }
    public Page<LessonDetail> Library { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync()
    {
        if (RefusedFilter() is { } refused) return refused;
        await LoadThemesAsync(session);
        if (Blank.AsNull(Words) is { } words)
            Hits = (await search.LibraryAsync(session, Actor, words, new LibraryFilter(Theme, Kind), null, 50, Aborted)).Items;
        else
            Library = await LessonReads.ListAsync(session, Actor, Theme, Kind, null, null, After, 50, Aborted);
        return Page();
    }
}
