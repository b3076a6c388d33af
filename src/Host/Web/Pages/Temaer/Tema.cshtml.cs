using Marten;
using Politikerforum.Domain;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Web.Pages.Temaer;

/// <summary>A theme: what it is about, who takes part from which level, what each level brings, its activity, and its pace.</summary>
public sealed class TemaModel(IQuerySession session, TimeProvider clock) : ForumPage
{
    public const string Message = "besked";

    /// <summary>Half a year of weeks: long enough to see the slow periods and the fast ones.</summary>
    public const int Weeks = 26;

    public ThemeDetail Theme { get; private set; } = null!;
    public LevelsPicture Levels { get; private set; } = null!;
    public ThemeActivity Activity { get; private set; } = null!;
    public PaceForm Form { get; private set; } = null!;

    /// <summary>What the last pace switch came to, in the Domain's words, shown once.</summary>
    [TempData(Key = Message)] public string? Said { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var now = clock.GetUtcNow();
        if (await ThemeReads.GetAsync(session, id, Actor, now, Aborted) is not { } theme) return Refused(Refusal.Unknown);
        Theme = theme;
        Levels = (await LevelsReads.GetAsync(session, id, Actor, Aborted))!;
        Activity = (await ActivityReads.WeeklyAsync(session, id, Actor, now, Weeks, Aborted))!;
        Form = PaceForm.For(theme, now);
        return Page();
    }

    public string NameOf(Guid memberId) => Theme.Participants.FirstOrDefault(p => p.MemberId == memberId)?.Name ?? "Tidligere deltager";
}
