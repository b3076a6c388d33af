using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;

namespace Politikerforum.Host.Lessons;

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
    public static async Task<Guid?[]> UnreadableLessonIdsAsync(this IQuerySession session, Guid themeId, Actor actor, CancellationToken ct)
    {
        var open = LessonAccess.OpenTo(actor);
        var ids = await session.Query<LessonView>().Where(l => l.ThemeId == themeId && !open.Contains(l.Confidentiality))
            .Select(l => l.Id).ToListAsync(ct);
        return [.. ids.Select(id => (Guid?)id)];
    }
}
