using Marten;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain.Review;

/// <summary>
/// The weekly review in one read, for every door that shows it (<c>GET /api/review</c>, the Teams digest, the
/// secretariat's front page). What happened is found in the timeline, whose times are when the forum recorded each
/// event; what is due is measured from <c>now</c>.
/// </summary>
public static class ReviewReads
{
    /// <summary>How far back a review looks when not told, and how far ahead a deadline counts as near.</summary>
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private static readonly string[] Proposed = ["experiment.proposed"], Closed = ["experiment.concluded", "experiment.abandoned"],
        Recorded = ["lesson.recorded"], PaceTypes = ["theme.pace-switched", "theme.pace-reverted"];

    /// <summary>The review is the secretariat's working tool; members follow their themes' timelines.</summary>
    public static Refusal? Refuses(Actor actor) => actor.RunsTheForum ? null
        : Refusal.Forbidden("Ugens overblik er for sekretariatet og administratorer. Følg dine temaer på /api/themes/{id}/timeline.");

    public static async Task<ForumReview> ReadAsync(IQuerySession session, Actor actor, DateTimeOffset? since, DateTimeOffset now, CancellationToken ct)
    {
        var from = since ?? now - Week;
        var horizon = now + Week;
        var themes = (await VisibleThemes.For(session, actor).ToListAsync(ct)).ToDictionary(t => t.Id);
        var ids = themes.Keys.ToArray();
        string[] types = [.. Proposed, .. Closed, .. Recorded, .. PaceTypes];
        var entries = await session.Query<TimelineEntry>()
            .Where(e => e.Time >= from && ids.Contains(e.ThemeId) && types.Contains(e.Type)).OrderBy(e => e.Id).ToListAsync(ct);
        Guid[] ItemsOf(string[] kinds) => [.. entries.Where(e => kinds.Contains(e.Type) && e.ItemId is not null).Select(e => e.ItemId!.Value).Distinct()];

        var experiments = await session.LoadManyAsync<Experiment>(ct, ItemsOf([.. Proposed, .. Closed]));
        var lessons = await LessonsAsync(session, actor, ItemsOf(Recorded), ct);
        var decisions = await session.Query<Decision>()
            .Where(d => ids.Contains(d.ThemeId) && d.Status == DecisionStatus.Open && d.Deadline <= horizon).OrderBy(d => d.Deadline).ToListAsync(ct);
        var commitments = await session.Query<Commitment>()
            .Where(c => ids.Contains(c.ThemeId) && (c.Status == CommitmentStatus.Open || c.Status == CommitmentStatus.Overdue))
            .OrderBy(c => c.DueAt).ToListAsync(ct);
        var names = await ActorNames.LoadAsync(session, [
            .. experiments.Select(x => x.ProposedBy), .. lessons.Select(l => l.AuthorId ?? Guid.Empty), .. commitments.Select(c => c.MadeBy),
            .. entries.Select(e => e.ActorId), .. decisions.SelectMany(d => DecisionDetail.PeopleOf(d, themes[d.ThemeId]))], ct);
        var byId = experiments.ToDictionary(x => x.Id);
        string TitleOf(Guid themeId) => themes[themeId].Title;

        ReviewedExperiment[] ExperimentsOf(string[] kinds) =>
            [.. from e in entries where kinds.Contains(e.Type) && e.ItemId is { } id && byId.ContainsKey(id)
                let x = byId[e.ItemId!.Value]
                select new ReviewedExperiment(x.Id, x.ThemeId, TitleOf(x.ThemeId), x.Title, x.Status, x.Outcome, x.Summary, names.Show(x.ProposedBy, "member"), e.Time)];

        return new ForumReview(from, now, horizon, ExperimentsOf(Proposed), ExperimentsOf(Closed),
            [.. lessons.Select(l => new ReviewedLesson(l.Id, l.ThemeId, TitleOf(l.ThemeId), l.Title, l.Kind, l.Confidentiality, l.Tags,
                l.AuthorId is { } author ? names.Show(author, "member") : names.Show(Guid.Empty, EventActor.Anonymous), l.RecordedAt))],
            [.. decisions.Select(d => DecisionDetail.Of(d, themes[d.ThemeId], names)).Select(d => new ReviewedDecision(
                d.Id, d.ThemeId, TitleOf(d.ThemeId), d.Title, d.Proposal, d.Deadline, d.Tally, d.TallyPerLevel, d.MissingLevels, d.MissingMembers))],
            [.. commitments.Select(c => new ReviewedCommitment(c.Id, c.ThemeId, TitleOf(c.ThemeId), c.What, StandingOf(c, now, horizon),
                c.DueOn, c.DueAt, names.Show(c.MadeBy, "member"), c.FromLevel, c.FromBody, c.ToLevel))],
            [.. entries.Where(e => PaceTypes.Contains(e.Type)).Select(e => new ReviewedPaceChange(
                e.Id, e.ThemeId, TitleOf(e.ThemeId), e.Type, e.Time, names.Show(e.ActorId, e.ActorRole), e.Summary))],
            await QuietAsync(session, themes.Values, from, ct));
    }

    /// <summary>Overdue once flagged or past its time (the flag is a scheduled message and may come a moment later).</summary>
    public static CommitmentStanding StandingOf(Commitment c, DateTimeOffset now, DateTimeOffset horizon) =>
        c.Status == CommitmentStatus.Overdue || c.DueAt <= now ? CommitmentStanding.Overdue
        : c.DueAt <= horizon ? CommitmentStanding.DueSoon
        : CommitmentStanding.Open;

    /// <summary>The lessons recorded since, as far as their confidentiality lets the actor read them.</summary>
    private static async Task<IReadOnlyList<LessonView>> LessonsAsync(IQuerySession session, Actor actor, Guid[] ids, CancellationToken ct) =>
        ids.Length == 0 ? [] : await session.LessonsReadableBy(actor).Where(l => ids.Contains(l.Id)).OrderBy(l => l.Id).ToListAsync(ct);

    private static async Task<IReadOnlyList<QuietTheme>> QuietAsync(IQuerySession session, IEnumerable<Theme> themes, DateTimeOffset from, CancellationToken ct)
    {
        var open = themes.Where(t => !t.IsArchived).Select(t => t.Id).ToArray();
        var active = (await session.Query<TimelineEntry>().Where(e => e.Time >= from && open.Contains(e.ThemeId))
            .Select(e => e.ThemeId).Distinct().ToListAsync(ct)).ToHashSet();
        var quiet = new List<QuietTheme>();
        foreach (var theme in themes.Where(t => !t.IsArchived && !active.Contains(t.Id)).OrderBy(t => t.Id))
        {
            var last = await session.Query<TimelineEntry>().Where(e => e.ThemeId == theme.Id).OrderByDescending(e => e.Id)
                .Select(e => e.Time).FirstOrDefaultAsync(ct);
            quiet.Add(new QuietTheme(theme.Id, theme.Title, theme.Pace, last == default ? null : last));
        }
        return quiet;
    }
}
