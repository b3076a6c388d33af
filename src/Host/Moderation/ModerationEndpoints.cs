using Politikerforum.Domain.Themes;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Moderation;

public static class HideLessonEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Lesson lesson, Actor actor, IQuerySession session, CancellationToken ct) =>
        HidingLessons.Refuses(lesson, await session.ThemeOfAsync(lesson, ct), actor).ToProblem();

    [WolverinePost("/api/lessons/{id}/hide", Name = "HideLesson"), EmptyResponse]
    public static LessonHidden Post(HideItem command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Lesson lesson, Actor actor, TimeProvider clock) =>
        HidingLessons.Decide(lesson, command, actor, clock.GetUtcNow());
}

public static class RestoreLessonEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Lesson lesson, Actor actor, IQuerySession session, CancellationToken ct) =>
        HidingLessons.RefusesRestoring(lesson, await session.ThemeOfAsync(lesson, ct), actor).ToProblem();

    [WolverinePost("/api/lessons/{id}/restore", Name = "RestoreLesson"), EmptyResponse]
    public static LessonRestored Post([WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Lesson lesson, Actor actor, TimeProvider clock) =>
        HidingLessons.Restore(lesson, actor, clock.GetUtcNow());
}
