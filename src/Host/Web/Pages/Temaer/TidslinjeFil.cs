using System.Text.RegularExpressions;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Politikerforum.Domain;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Web.Pages.Temaer;

/// <summary>What the timeline's two exports share: the view from the address, the theme, the file's name.</summary>
public abstract partial class TidslinjeFil(IQuerySession session, TimeProvider clock) : ForumPage
{
    [BindProperty(SupportsGet = true, Name = "")] public TimelineSelection Selection { get; set; } = new();

    protected IQuerySession Session => session;

    /// <summary>The theme, or the refusal to show instead: an unreadable filter, or a theme the actor may not see.</summary>
    protected async Task<(ThemeDetail? Theme, IActionResult? Refusal)> ThemeAsync(Guid id)
    {
        if (RefusedFilter() is { } unreadable) return (null, unreadable);
        if (Selection.Filter.Refuses() is { } refusal) return (null, Refused(refusal));
        return await ThemeReads.GetAsync(session, id, Actor, clock.GetUtcNow(), Aborted) is { } theme
            ? (theme, null)
            : (null, Refused(Refusal.Unknown));
    }

    protected void StartFile(ThemeDetail theme, string contentType, string extension)
    {
        var name = $"tidslinje-{Slug().Replace(theme.Title.ToLowerInvariant(), "-").Trim('-')}-{DanishTime.DateOf(clock.GetUtcNow()):yyyy-MM-dd}.{extension}";
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = name, FileName = $"tidslinje.{extension}" }.ToString();
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Slug();
}
