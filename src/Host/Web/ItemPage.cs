using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Web;

/// <summary>A page about one thing in a theme: shown with its theme if the Domain's read found it for the actor, else refused as unknown.</summary>
public abstract class ItemPage(IQuerySession session, TimeProvider clock) : ForumPage
{
    protected IQuerySession Session => session;

    public ThemeDetail Theme { get; private set; } = null!;

    /// <param name="item">What the Domain's read gave the actor: null for an unknown thing and an invisible one alike.</param>
    protected async Task<IActionResult> ShowAsync<T>(T? item, Refusal unknown, Func<T, Guid> themeOf) where T : class
    {
        if (item is null) return Refused(unknown);
        Theme = (await ThemeReads.GetAsync(session, themeOf(item), Actor, clock.GetUtcNow(), Aborted))!;
        return Page();
    }
}
