using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;

namespace Politikerforum.Host.Web.Pages.Medlemmer;

/// <summary>The member directory by level, body and party: who to call on the same challenge at another level.</summary>
public sealed class IndexModel(IQuerySession session) : ForumPage
{
    [BindProperty(SupportsGet = true, Name = "niveau")] public Level? Level { get; set; }
    [BindProperty(SupportsGet = true, Name = "myndighed")] public string? Body { get; set; }
    [BindProperty(SupportsGet = true, Name = "parti")] public string? Party { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Words { get; set; }
    [BindProperty(SupportsGet = true, Name = "efter")] public Guid? After { get; set; }

    public Page<MemberView> Members { get; private set; } = new([], null);
    public MemberChoices Options { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync()
    {
        if (RefusedFilter() is { } refused) return refused;
        if (MemberReads.Refuses(Actor) is { } refusal) return Refused(refusal);
        Options = await MemberReads.ChoicesAsync(session, Aborted);
        Members = await MemberReads.ListAsync(session, new MemberFilter(Level, Body, Party, Words), Actor, After, 100, Aborted);
        return Page();
    }
}
