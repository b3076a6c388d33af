using Marten;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

/// <param name="Author">Null when the lesson is shared under the Chatham House rule and the caller is not its author.</param>
/// <param name="Hidden">Why the secretariat hid it; only its author and the secretariat ever read a hidden lesson.</param>
public sealed record LessonDetail(
    Guid Id, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags, Confidentiality Confidentiality,
    Guid? SourceExperimentId, Guid? SourceDecisionId, ShownActor? Author, bool WrittenByYou, int Endorsements, bool EndorsedByYou,
    DateTimeOffset RecordedAt, DateTimeOffset? EditedAt, int Version, Hiding? Hidden);

public static class LessonReads
{
    /// <summary>Null for an unknown lesson and for one the actor may not read alike: both are answered as unknown.</summary>
    public static async Task<LessonDetail?> GetAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct)
    {
        if (await session.VisibleAsync<LessonView>(id, actor, ct) is not var (lesson, theme) || !theme.CanSee(lesson.Confidentiality, actor))
            return null;

        // Only the event stream knows a Chatham House author; it is asked only to recognise the author themselves.
        var writtenByYou = lesson.AuthorId is { } shown
            ? shown == actor.Id && actor.Id != Guid.Empty
            : actor.Id != Guid.Empty && (await session.Events.AggregateStreamAsync<Lesson>(id, token: ct))?.AuthorId == actor.Id;
        var authorId = lesson.AuthorId ?? (writtenByYou ? actor.Id : (Guid?)null);
        if (!Moderating.CanSee(lesson.Hidden, authorId, actor)) return null;
        var names = await ActorNames.LoadAsync(session, authorId is { } a ? [a] : [], ct);
        // Only those who run the forum act without a registry entry (Guid.Empty); members always have one.
        var unregisteredRole = authorId == Guid.Empty ? "secretariat" : null;
        return new LessonDetail(
            lesson.Id, lesson.ThemeId, lesson.Title, lesson.Text, lesson.Kind, lesson.Tags, lesson.Confidentiality,
            lesson.SourceExperimentId, lesson.SourceDecisionId, authorId is { } author ? names.Show(author, unregisteredRole) : null, writtenByYou,
            lesson.EndorsedBy.Count, actor.MemberId is { } me && lesson.EndorsedBy.Contains(me),
            lesson.RecordedAt, lesson.EditedAt, lesson.Version, lesson.Hidden);
    }

    /// <summary>
    /// The lessons library, newest last: the lessons the actor may read in the themes they may see, hidden ones
    /// left out but for their author and the secretariat.
    /// </summary>
    /// <param name="theme">A single theme asked for, if any.</param>
    public static async Task<Page<LessonView>> ListAsync(
        IQuerySession session, Actor actor, Guid? theme, LessonKind? kind, Level? level, Guid? after, int? limit, CancellationToken ct)
    {
        var themes = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        var query = session.LessonsReadableBy(actor).Where(l => themes.Contains(l.ThemeId)).ShownTo(actor);
        if (kind is { } k) query = query.Where(l => l.Kind == k);
        if (level is { } lv) query = query.Where(l => l.AuthorLevel == lv);
        if (after is { } cursor) query = query.Where(l => l.Id > cursor);
        return await Page.FetchAsync(query.OrderBy(l => l.Id), limit, l => l.Id.ToString(), ct);
    }
}
