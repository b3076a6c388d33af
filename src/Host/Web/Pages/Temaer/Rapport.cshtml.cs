using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Host.Web.Pages.Temaer;

/// <summary>
/// A theme on paper, for a meeting: the picture across levels, the activity, and the experiments, lessons, decisions and
/// commitments — the first <see cref="Domain.Page.MaxLimit"/> of each, which a theme seldom exceeds (the report says so if it does).
/// </summary>
public sealed class RapportModel(IQuerySession session, TimeProvider clock) : ForumPage
{
    public const int Weeks = 13;

    public ThemeDetail Theme { get; private set; } = null!;
    public LevelsPicture Levels { get; private set; } = null!;
    public ThemeActivity Activity { get; private set; } = null!;
    public Page<ExperimentView> Experiments { get; private set; } = null!;
    public Page<LessonDetail> Lessons { get; private set; } = null!;
    public Page<DecisionDetail> Decisions { get; private set; } = null!;
    public Page<CommitmentView> Commitments { get; private set; } = null!;
    public Ledger Ledger { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Now = clock.GetUtcNow();
        if (await ThemeReads.GetAsync(session, id, Actor, Now, Aborted) is not { } theme) return Refused(Refusal.Unknown);
        Theme = theme;
        Levels = (await LevelsReads.GetAsync(session, id, Actor, Aborted))!;
        Activity = (await ActivityReads.WeeklyAsync(session, id, Actor, Now, Weeks, Aborted))!;
        Experiments = await ExperimentReads.ListAsync(session, Actor, id, null, null, null, Domain.Page.MaxLimit, Aborted);
        Lessons = await LessonReads.ListAsync(session, Actor, id, null, null, null, null, Domain.Page.MaxLimit, Aborted);
        Decisions = await DecisionReads.ListAsync(session, Actor, id, null, null, Domain.Page.MaxLimit, Aborted);
        Commitments = await CommitmentReads.ListAsync(session, Actor, id, null, null, null, null, Domain.Page.MaxLimit, Aborted);
        Ledger = await CommitmentReads.LedgerAsync(session, Actor, id, Aborted);
        return Page();
    }

    public static string More<T>(Page<T> page) => page.Next is null ? "" : $" (de første {page.Items.Count})";
}
