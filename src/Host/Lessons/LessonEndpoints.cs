using Politikerforum.Domain.Lessons;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Lessons;

/// <summary>The answer to an edit: the lesson's new version, for the next edit to send.</summary>
public sealed record LessonVersion(Guid Id, int Version);

public static class LessonEndpoints
{
    [WolverinePost("/api/themes/{id}/lessons", Name = "RecordLesson")]
    public static Task<IResult> Record(Guid id, RecordLesson command, HttpContext http) =>
        http.CreateAsync(command with { ThemeId = id }, "/api/lessons");

    [WolverinePut("/api/lessons/{id}", Name = "EditLesson")]
    public static Task<IResult> Edit(Guid id, EditLesson command, HttpContext http) =>
        http.RunAsync(command with { LessonId = id }, done => Task.FromResult(Results.Ok(new LessonVersion(done.Id, (int)done.Version))));

    [WolverinePost("/api/lessons/{id}/endorsements", Name = "EndorseLesson")]
    public static Task<IResult> Endorse(Guid id, HttpContext http) => http.NoContentAsync(new EndorseLesson(id));

    [WolverinePost("/api/lessons/{id}/attribution", Name = "AttributeLesson")]
    public static Task<IResult> Attribute(Guid id, HttpContext http) => http.NoContentAsync(new AttributeLesson(id));

    [WolverinePost("/api/lessons/{id}/hide", Name = "HideLesson")]
    public static Task<IResult> Hide(Guid id, HideLesson command, HttpContext http) => http.NoContentAsync(command with { LessonId = id });

    [WolverinePost("/api/lessons/{id}/restore", Name = "RestoreLesson")]
    public static Task<IResult> Restore(Guid id, HttpContext http) => http.NoContentAsync(new RestoreLesson(id));
}
