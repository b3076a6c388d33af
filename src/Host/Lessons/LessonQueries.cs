using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Domain.Search;
using Politikerforum.Host.Themes;
using Wolverine.Http;

namespace Politikerforum.Host.Lessons;

/// <param name="Author">Null when the lesson is shared under the Chatham House rule and the caller is not its author.</param>
/// <param name="Hidden">Why the secretariat hid it; only its author and the secretariat ever read a hidden lesson.</param>
public sealed record LessonDetail(
    Guid Id, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags, Confidentiality Confidentiality,
    Guid? SourceExperimentId, Guid? SourceDecisionId, ShownActor? Author, bool WrittenByYou, int Endorsements, bool EndorsedByYou,
    DateTimeOffset RecordedAt, DateTimeOffset? EditedAt, int Version, Hiding? Hidden);

public static class LessonQueries
{
    [WolverineGet("/api/lessons/{id}", Name = "GetLesson")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        if (await session.VisibleAsync<LessonView>(id, actor, ct) is not var (lesson, theme) || !theme.CanSee(lesson.Confidentiality, actor))
            return LessonAccess.Unknown.ToResult();

        // Only the event stream knows a Chatham House author; it is asked only to recognise the author themselves.
        var writtenByYou = lesson.AuthorId is { } shown
            ? shown == actor.Id && actor.Id != Guid.Empty
            : actor.Id != Guid.Empty && (await session.Events.AggregateStreamAsync<Lesson>(id, token: ct))?.AuthorId == actor.Id;
        var authorId = lesson.AuthorId ?? (writtenByYou ? actor.Id : (Guid?)null);
        if (!Moderating.CanSee(lesson.Hidden, authorId, actor)) return LessonAccess.Unknown.ToResult();
        var names = await ActorNames.LoadAsync(session, authorId is { } a ? [a] : [], ct);
        // Only those who run the forum act without a registry entry (Guid.Empty); members always have one.
        var unregisteredRole = authorId == Guid.Empty ? "secretariat" : null;
        return Results.Ok(new LessonDetail(
            lesson.Id, lesson.ThemeId, lesson.Title, lesson.Text, lesson.Kind, lesson.Tags, lesson.Confidentiality,
            lesson.SourceExperimentId, lesson.SourceDecisionId, authorId is { } author ? names.Show(author, unregisteredRole) : null, writtenByYou,
            lesson.EndorsedBy.Count, actor.MemberId is { } me && lesson.EndorsedBy.Contains(me),
            lesson.RecordedAt, lesson.EditedAt, lesson.Version, lesson.Hidden));
    }

    /// <summary>The lessons library. With <c>q</c> it ranks by relevance in Danish; without, newest last, paged.</summary>
    /// <param name="kind">worked, went-wrong or mixed: read by <see cref="QueryEnum"/>, as Wolverine cannot bind "went-wrong".</param>
    [WolverineGet("/api/lessons", Name = "ListLessons")]
    public static async Task<IResult> List(
        Actor actor, IQuerySession session, ForumSearch search, string? q, Guid? theme, string? kind, Level? level,
        Guid? after, int? limit, CancellationToken ct)
    {
        if (!QueryEnum.TryRead<LessonKind>(kind, out var ofKind)) return QueryEnum.Unreadable(nameof(kind));
        var themes = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        var open = LessonAccess.OpenTo(actor);
        if (!string.IsNullOrWhiteSpace(q))
            return Results.Ok(await search.LessonsAsync(q, themes, open, ofKind, level, Page.Clamp(limit), ct));

        var query = session.Query<LessonView>().Where(l => themes.Contains(l.ThemeId) && open.Contains(l.Confidentiality));
        if (ofKind is { } k) query = query.Where(l => l.Kind == k);
        if (level is { } lv) query = query.Where(l => l.AuthorLevel == lv);
        if (after is { } cursor) query = query.Where(l => l.Id > cursor);
        // A hidden Chatham House lesson has no author here, so its author finds it only by its own address.
        if (actor.Id == Guid.Empty && !actor.RunsTheForum) query = query.Where(l => l.Hidden == null);
        else if (!actor.RunsTheForum) query = query.Where(l => l.Hidden == null || l.AuthorId == actor.Id);
        return Results.Ok(await Page.FetchAsync(query.OrderBy(l => l.Id), limit, l => l.Id.ToString(), ct));
    }
}
