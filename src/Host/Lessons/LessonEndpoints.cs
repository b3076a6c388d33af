using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Host.Themes;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Lessons;

public sealed record LessonVersion(Guid Id, int Version);

public static class RecordLessonEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Theme theme, RecordLesson command, Actor actor, IQuerySession session, CancellationToken ct)
    {
        var sourceInTheme =
            (command.SourceDecisionId is not { } decisionId || (await session.LoadAsync<Decision>(decisionId, ct))?.ThemeId == theme.Id)
            && (command.SourceExperimentId is not { } experimentId || (await session.LoadAsync<Experiment>(experimentId, ct))?.ThemeId == theme.Id);
        return RecordingLessons.Refuses(theme, sourceInTheme, actor).ToProblem();
    }

    [WolverinePost("/api/themes/{id}/lessons", Name = "RecordLesson")]
    public static async Task<(Created, IStartStream)> Post(
        RecordLesson command, [ReadAggregate] Theme theme, Actor actor, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var author = actor.MemberId is { } memberId ? await session.LoadAsync<Member>(memberId, ct) : null;
        var recorded = RecordingLessons.Decide(Guid.CreateVersion7(), theme, command, author, actor, clock.GetUtcNow());
        return (Created.At("/api/lessons", recorded.LessonId), MartenOps.StartStream<Lesson>(recorded.LessonId, recorded));
    }
}

public static class EditLessonEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Lesson lesson, EditLesson command, Actor actor, IQuerySession session, CancellationToken ct) =>
        EditingLessons.Refuses(lesson, await session.ThemeOfAsync(lesson, ct), command, actor).ToProblem();

    [WolverinePut("/api/lessons/{id}", Name = "EditLesson")]
    public static (LessonVersion, LessonEdited) Put(
        EditLesson command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Lesson lesson, Actor actor, TimeProvider clock) =>
        (new LessonVersion(lesson.Id, lesson.Version + 1), EditingLessons.Decide(lesson, command, actor, clock.GetUtcNow()));
}

public static class EndorseLessonEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Lesson lesson, Actor actor, IQuerySession session, CancellationToken ct) =>
        EndorsingLessons.Refuses(lesson, await session.ThemeOfAsync(lesson, ct), actor).ToProblem();

    /// <summary>Many members may endorse at once: the stream lock takes them one after another.</summary>
    [WolverinePost("/api/lessons/{id}/endorsements", Name = "EndorseLesson"), EmptyResponse]
    public static LessonEndorsed Post([WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Lesson lesson, Actor actor, TimeProvider clock) =>
        EndorsingLessons.Decide(lesson, actor, clock.GetUtcNow());
}

public static class AttributeLessonEndpoint
{
    public static async Task<ProblemDetails> ValidateAsync(Lesson lesson, Actor actor, IQuerySession session, CancellationToken ct) =>
        AttributingLessons.Refuses(lesson, await session.ThemeOfAsync(lesson, ct), actor).ToProblem();

    [WolverinePost("/api/lessons/{id}/attribution", Name = "AttributeLesson"), EmptyResponse]
    public static async Task<LessonAttributed> Post(
        [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Lesson lesson, Actor actor, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var author = actor.MemberId is { } memberId ? await session.LoadAsync<Member>(memberId, ct) : null;
        return AttributingLessons.Decide(lesson, author, clock.GetUtcNow());
    }
}
