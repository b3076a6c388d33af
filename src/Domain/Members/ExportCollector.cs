using Marten;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Members;

/// <summary>
/// Gathers a member's data from the read models and, where the read models deliberately forget who did it
/// (Chatham House authorship, endorsements, earlier positions, pace requests), from the events themselves.
/// What the exporter may not know about the member stays out (<see cref="LessonAccess.MayKnowAuthor"/>,
/// <see cref="LessonAccess.MayKnowEndorser"/>): the member gets everything, the secretariat a copy without them.
/// </summary>
public static class ExportCollector
{
    public static async Task<MemberExportDocument> CollectAsync(
        Member member, Actor exporter, IQuerySession session, DateTimeOffset now, CancellationToken ct)
    {
        var id = member.Id;
        var own = exporter.IsMember(id);
        return new MemberExportDocument(
            now,
            MemberView.Of(member),
            await ThemesAsync(id, session, ct),
            await PostView.ShowAsync(session, await session.Query<Post>().Where(p => p.AuthorId == id).OrderBy(p => p.PublishedAt).ToListAsync(ct), ct),
            await session.Query<Experiment>().Where(x => x.ProposedBy == id).OrderBy(x => x.ProposedAt).ToListAsync(ct),
            // The progress notes they wrote, on anyone's experiment: their own words, which an experiment of someone else's
            // holds but does not export to them.
            await session.Events.QueryRawEventDataOnly<ExperimentProgressNoted>().Where(e => e.NotedBy == id).OrderBy(e => e.NotedAt).ToListAsync(ct),
            await LessonsAsync(id, exporter, session, ct),
            LessonAccess.MayKnowEndorser(id, exporter)
                ? await session.Events.QueryRawEventDataOnly<LessonEndorsed>().Where(e => e.MemberId == id).ToListAsync(ct)
                : [],
            await DecisionsAsync(id, session, ct),
            await session.Events.QueryRawEventDataOnly<PositionTaken>().Where(e => e.MemberId == id).ToListAsync(ct),
            await session.Query<Commitment>().Where(c => c.MadeBy == id).OrderBy(c => c.MadeAt).ToListAsync(ct),
            await session.Events.QueryRawEventDataOnly<PaceSwitchRequested>().Where(e => e.RequestedBy == id).ToListAsync(ct),
            own ? null : MemberExportDocument.WithheldFromOthers);
    }

    private static async Task<IReadOnlyList<ExportedTheme>> ThemesAsync(Guid id, IQuerySession session, CancellationToken ct)
    {
        var themes = await session.Query<Theme>()
            .Where(t => t.OpenedBy == id || t.Participants.Any(p => p.MemberId == id)).OrderBy(t => t.OpenedAt).ToListAsync(ct);
        return [.. themes.Select(t => (Theme: t, Part: t.Participants.FirstOrDefault(p => p.MemberId == id)))
            .Select(x => new ExportedTheme(x.Theme.Id, x.Theme.Title, x.Theme.OpenedBy == id, x.Part?.JoinedAt, x.Part?.Level, x.Part?.Body))];
    }

    /// <summary>
    /// The lesson view drops the author of a Chatham House lesson, so the author is found in the recording events; such a
    /// lesson goes only into the author's own copy.
    /// </summary>
    private static async Task<IReadOnlyList<ExportedLesson>> LessonsAsync(Guid id, Actor exporter, IQuerySession session, CancellationToken ct)
    {
        var recorded = await session.Events.QueryRawEventDataOnly<LessonRecorded>().Where(e => e.AuthorId == id).ToListAsync(ct);
        if (recorded.Count == 0) return [];
        var views = await session.LoadManyAsync<LessonView>(ct, recorded.Select(e => e.LessonId).ToArray());
        return [.. views.Where(v => LessonAccess.MayKnowAuthor(v, id, exporter)).OrderBy(v => v.RecordedAt).Select(v => new ExportedLesson(
            v.Id, v.ThemeId, v.Title, v.Text, v.Kind, v.Tags, v.Confidentiality, v.AuthorId is not null, v.RecordedAt, v.EditedAt))];
    }

    private static async Task<IReadOnlyList<ExportedDecision>> DecisionsAsync(Guid id, IQuerySession session, CancellationToken ct)
    {
        var decisions = await session.Query<Decision>().Where(d => d.ProposedBy == id).OrderBy(d => d.ProposedAt).ToListAsync(ct);
        return [.. decisions.Select(d => new ExportedDecision(
            d.Id, d.ThemeId, d.Title, d.Proposal, d.Deadline, d.Status, d.Rationale, d.ProposedAt, d.Positions.Count))];
    }
}
