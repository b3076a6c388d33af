using System.Linq.Expressions;
using Marten;
using Marten.Services.BatchQuerying;
using System.Diagnostics.CodeAnalysis;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

/// <summary>A lesson's confidentiality can only narrow what its theme allows.</summary>
public static class LessonAccess
{
    public static bool CanSee([NotNullWhen(true)] this Theme? theme, Confidentiality confidentiality, Actor actor) =>
        theme.CanSee(actor) && (confidentiality == Confidentiality.Public || actor.Is(Role.Member) || actor.RunsTheForum);

    /// <summary>
    /// Whether the actor may read the lesson at all: its confidentiality, and if the secretariat hid it, whether they are its
    /// author or run the forum. False for an unknown lesson, which is answered alike (<see cref="Refusal.Unknown"/>).
    /// </summary>
    public static bool CanSee([NotNullWhen(true)] this Theme? theme, [NotNullWhen(true)] Lesson? lesson, Actor actor) =>
        lesson is not null && theme.CanSee(lesson.Confidentiality, actor) && Moderating.CanSee(lesson.Hidden, lesson.AuthorId, actor);

    /// <summary>
    /// Whether the actor may learn that <paramref name="memberId"/> wrote the lesson. Anyone may where the lesson names its
    /// author. Under the Chatham House rule, until the author puts their name to it, only the author: not the secretariat,
    /// not an admin, not a copy of the author's data made by someone else. Every surface that lists what a person did asks here.
    /// </summary>
    public static bool MayKnowAuthor(LessonView lesson, Guid memberId, Actor actor) => lesson.AuthorId is not null || actor.IsPerson(memberId);

    /// <summary>
    /// Whether the actor may learn that <paramref name="memberId"/> endorsed a lesson: only that member. Everyone else sees a
    /// count. A list of endorsers would also be a list of people who did not write the lesson, since authors cannot endorse
    /// their own; in a small theme the one participant never seen endorsing would be the author.
    /// </summary>
    public static bool MayKnowEndorser(Guid memberId, Actor actor) => actor.IsMember(memberId);

    /// <summary>The confidentialities an actor may read at all, for lists and search.</summary>
    public static Confidentiality[] OpenTo(Actor actor) =>
        actor.Is(Role.Member) || actor.RunsTheForum
            ? [Confidentiality.Public, Confidentiality.Forum, Confidentiality.ChathamHouse]
            : [Confidentiality.Public];
}

public static class ReadableLessons
{
    /// <summary>
    /// The lessons whose confidentiality lets the actor read them (theme visibility is the caller's to check).
    /// Every surface that shows or counts lessons inside a theme starts here, so a lesson's confidentiality narrows all of them.
    /// </summary>
    public static IQueryable<LessonView> LessonsReadableBy(this IQuerySession session, Actor actor)
    {
        var open = LessonAccess.OpenTo(actor);
        return session.Query<LessonView>().Where(l => open.Contains(l.Confidentiality));
    }

    /// <summary>The lessons of a theme the actor may not read, for surfaces that list events rather than lessons.</summary>
    public static Task<Guid?[]> UnreadableLessonIdsAsync(this IQuerySession session, Guid themeId, Actor actor, CancellationToken ct) =>
        session.UnreadableLessonIdsAsync([themeId], actor, ct);

    /// <summary>The lessons of these themes the actor may not read, for surfaces that count or list events rather than lessons.</summary>
    public static async Task<Guid?[]> UnreadableLessonIdsAsync(this IQuerySession session, Guid[] themeIds, Actor actor, CancellationToken ct)
    {
        if (ReadsEveryLesson(actor)) return [];
        var ids = await session.Query<LessonView>().Where(Unreadable(themeIds, actor)).Select(l => l.Id).ToListAsync(ct);
        return [.. ids.Select(id => (Guid?)id)];
    }

    /// <summary>The same, asked in a batch with the rest of a read, so it costs no round trip of its own.</summary>
    public static Task<IReadOnlyList<Guid>> UnreadableLessonIds(this IBatchedQuery batch, Guid themeId, Actor actor) =>
        ReadsEveryLesson(actor) ? Task.FromResult<IReadOnlyList<Guid>>([])
        : batch.Query<LessonView>().Where(Unreadable([themeId], actor)).Select(l => l.Id).ToList();

    /// <summary>
    /// Members and the secretariat may read every confidentiality, so none of a theme's lessons is closed to them: not
    /// asking saves a scan of all the theme's lessons on every page (20 ms for a theme of 17,000 lessons).
    /// </summary>
    private static bool ReadsEveryLesson(Actor actor) => LessonAccess.OpenTo(actor).Length == Enum.GetValues<Confidentiality>().Length;

    private static Expression<Func<LessonView, bool>> Unreadable(Guid[] themeIds, Actor actor)
    {
        var open = LessonAccess.OpenTo(actor);
        return l => themeIds.Contains(l.ThemeId) && !open.Contains(l.Confidentiality);
    }
}
