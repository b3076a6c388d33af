using Marten;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain.Lessons;

/// <summary>
/// A lesson as every door shows it, on its own and in the library's lists. Endorsements are a count: who endorsed is
/// told to nobody but the endorser (<see cref="EndorsedByYou"/>), see <see cref="LessonAccess.MayKnowEndorser"/>.
/// </summary>
/// <param name="Author">
/// Who wrote it, as every view shows a person. Under the Chatham House rule, to everyone but its author, nobody: the label
/// "Chatham House – afsender anonym" without an id, as the timeline, the audit trail and the review show it.
/// </param>
/// <param name="Hidden">Why the secretariat hid it; only its author and the secretariat ever read a hidden lesson.</param>
public sealed record LessonDetail(
    Guid Id, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags, Confidentiality Confidentiality,
    Guid? SourceExperimentId, Guid? SourceDecisionId, ShownActor Author, bool WrittenByYou, int Endorsements, bool EndorsedByYou,
    DateTimeOffset RecordedAt, DateTimeOffset? EditedAt, int Version, Hiding? Hidden);

public static class LessonReads
{
    /// <summary>Null for an unknown lesson and for one the actor may not read alike: both are answered as unknown.</summary>
    public static async Task<LessonDetail?> GetAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct)
    {
        if (await session.VisibleAsync<LessonView>(id, actor, ct) is not var (lesson, theme) || !theme.CanSee(lesson.Confidentiality, actor))
            return null;
        return (await ShowAsync(session, [lesson], actor, ct)).SingleOrDefault();
    }

    /// <summary>
    /// The lessons library, newest last: the lessons the actor may read in the themes they may see, hidden ones
    /// left out but for their author and the secretariat.
    /// </summary>
    /// <param name="theme">A single theme asked for, if any.</param>
    public static async Task<Page<LessonDetail>> ListAsync(
        IQuerySession session, Actor actor, Guid? theme, LessonKind? kind, Level? level, string? tag, Guid? after, int? limit, CancellationToken ct)
    {
        var themes = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        var query = session.LessonsReadableBy(actor).Where(l => themes.Contains(l.ThemeId)).ShownTo(actor);
        if (kind is { } k) query = query.Where(l => l.Kind == k);
        if (level is { } lv) query = query.Where(l => l.AuthorLevel == lv);
        if (Blank.AsNull(tag) is { } t)
        {
            var kept = RecordingLessons.Tag(t);
            query = query.Where(l => l.Tags.Contains(kept));
        }
        if (after is { } cursor) query = query.Where(l => l.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(l => l.Id), limit, l => l.Id.ToString(), ct);
        return new Page<LessonDetail>(await ShowAsync(session, page.Items, actor, ct), page.Next);
    }

    /// <summary>
    /// The stored views as the actor may see them. The view never holds a Chatham House author, so the event store is
    /// asked, in one query, which of the anonymous ones the actor wrote: the author alone sees their own name on them.
    /// </summary>
    private static async Task<IReadOnlyList<LessonDetail>> ShowAsync(IQuerySession session, IReadOnlyList<LessonView> lessons, Actor actor, CancellationToken ct)
    {
        var anonymous = lessons.Where(l => l.AuthorId is null).Select(l => l.Id).ToArray();
        var ownAnonymous = actor.Id == Guid.Empty || anonymous.Length == 0 ? [] : (await session.Events.QueryRawEventDataOnly<LessonRecorded>()
            .Where(e => e.AuthorId == actor.Id && anonymous.Contains(e.LessonId)).Select(e => e.LessonId).ToListAsync(ct)).ToHashSet();
        Guid? AuthorOf(LessonView l) => l.AuthorId ?? (ownAnonymous.Contains(l.Id) ? actor.Id : null);

        var shown = lessons.Where(l => Moderating.CanSee(l.Hidden, AuthorOf(l), actor)).ToList();
        var names = await ActorNames.LoadAsync(session, shown.Select(l => AuthorOf(l) ?? Guid.Empty), ct);
        return [.. shown.Select(l =>
        {
            var authorId = AuthorOf(l);
            // Only those who run the forum act without a registry entry (Guid.Empty); members always have one.
            var author = authorId is { } a ? names.Person(a) : names.Show(Guid.Empty, EventActor.Anonymous);
            return new LessonDetail(
                l.Id, l.ThemeId, l.Title, l.Text, l.Kind, l.Tags, l.Confidentiality, l.SourceExperimentId, l.SourceDecisionId,
                author, authorId is { } id && actor.IsPerson(id), l.EndorsedBy.Count,
                l.EndorsedBy.Any(member => LessonAccess.MayKnowEndorser(member, actor)),
                l.RecordedAt, l.EditedAt, l.Version, l.Hidden);
        })];
    }
}
