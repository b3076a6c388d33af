using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Audit;
using Politikerforum.Domain.Members;

namespace Politikerforum.Host.Web.Pages.Revisionsspor;

/// <summary>Who did what and when across the whole forum, for those who run it; a Chatham House author is nobody here too.</summary>
public sealed class IndexModel(IQuerySession session) : RegistryPage
{
    [BindProperty(SupportsGet = true, Name = "hvem")] public Guid? Who { get; set; }
    [BindProperty(SupportsGet = true, Name = "tema")] public Guid? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "fra")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "til")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "efter")] public long? After { get; set; }

    public Page<AuditItem> Entries { get; private set; } = new([], null);
    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (RefusedFilter() is { } refused) return refused;
        var filter = new AuditFilter(Who, Theme, From is { } from ? DanishTime.StartOf(from) : null, To is { } to ? DanishTime.StartOf(to.AddDays(1)) : null);
        if (await AuditReads.PageAsync(session, Actor, filter, After, 100, Aborted) is not { } entries) return Refused(AuditReads.NotForYou);
        Entries = entries;
        await LoadThemesAsync(session);
        Members = await Choices.MembersAsync(session, Actor, Aborted);
        return Page();
    }
}
