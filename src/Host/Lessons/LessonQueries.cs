using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;
using Politikerforum.Host.Http;
using Politikerforum.Domain.Search;
using Wolverine.Http;

namespace Politikerforum.Host.Lessons;

public static class LessonQueries
{
    [WolverineGet("/api/lessons/{id}", Name = "GetLesson")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await LessonReads.GetAsync(session, id, actor, ct) is { } lesson ? Results.Ok(lesson) : Refusal.Unknown.ToResult();

    /// <summary>The lessons library, paged. With <c>q</c> it ranks by relevance in Danish; without, newest last. <c>tag</c> keeps the lessons with that tag.</summary>
    /// <param name="kind">worked, went-wrong or mixed: read by <see cref="QueryEnum"/>, as Wolverine cannot bind "went-wrong".</param>
    [WolverineGet("/api/lessons", Name = "ListLessons")]
    public static async Task<IResult> List(
        Actor actor, IQuerySession session, ForumSearch search, string? q, Guid? theme, string? kind, Level? level,
        string? tag, Guid? after, int? limit, CancellationToken ct)
    {
        if (!QueryEnum.TryRead<LessonKind>(kind, out var ofKind)) return QueryEnum.Unreadable<LessonKind>(nameof(kind));
        if (string.IsNullOrWhiteSpace(q)) return Results.Ok(await LessonReads.ListAsync(session, actor, theme, ofKind, level, tag, after, limit, ct));
        return Results.Ok(await search.LibraryAsync(session, actor, q, new LibraryFilter(theme, ofKind, level, tag), after, limit, ct));
    }
}
