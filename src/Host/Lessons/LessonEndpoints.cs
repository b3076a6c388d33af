using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain.Lessons;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Lessons;

/// <summary>The answer to an edit: the lesson's new version, for the next edit to send.</summary>
public sealed record LessonVersion(Guid Id, int Version);

public static class LessonEndpoints
{
    [WolverinePost("/api/themes/{id}/lessons", Name = "RecordLesson")]
    [EndpointSummary("Del en erfaring")]
    [EndpointDescription("Deler en erfaring fra praksis i temaet: hvad der virkede (`worked`), gik galt (`went-wrong`) eller begge dele (`mixed`). `confidentiality` er `public`, `forum` eller `chatham-house` (indholdet kan bruges, men afsenderen vises ikke). Kan knyttes til et eksperiment eller en beslutning.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> Record(Guid id, RecordLesson command, HttpContext http) =>
        http.CreateAsync(command with { ThemeId = id }, "/api/lessons");

    [WolverinePut("/api/lessons/{id}", Name = "EditLesson")]
    [EndpointSummary("Ret en erfaring")]
    [EndpointDescription("Retter din egen erfaring. Send den `version`, du sidst læste; er den ændret siden, er svaret 409. Svaret er erfaringens id og nye version.")]
    [ProducesResponseType<LessonVersion>(200)]
    public static Task<IResult> Edit(Guid id, EditLesson command, HttpContext http) =>
        http.RunAsync(command with { LessonId = id }, done => Task.FromResult(Results.Ok(new LessonVersion(done.Id, (int)done.Version))));

    [WolverinePost("/api/lessons/{id}/endorsements", Name = "EndorseLesson")]
    [EndpointSummary("Anbefal en erfaring")]
    [EndpointDescription("Tilkendegiver, at du kan bruge erfaringen. Kun medlemmer; én gang pr. medlem.")]
    [ProducesResponseType(204)]
    public static Task<IResult> Endorse(Guid id, HttpContext http) => http.NoContentAsync(new EndorseLesson(id));

    [WolverinePost("/api/lessons/{id}/attribution", Name = "AttributeLesson")]
    [EndpointSummary("Stå frem som afsender")]
    [EndpointDescription("Den, der delte en erfaring under Chatham House-reglen, sætter sit navn på den.")]
    [ProducesResponseType(204)]
    public static Task<IResult> Attribute(Guid id, HttpContext http) => http.NoContentAsync(new AttributeLesson(id));

    [WolverinePost("/api/lessons/{id}/hide", Name = "HideLesson")]
    [EndpointSummary("Skjul en erfaring")]
    [EndpointDescription("Skjuler en erfaring for alle andre end sekretariatet, med en begrundelse. Kun sekretariatet.")]
    [ProducesResponseType(204)]
    public static Task<IResult> Hide(Guid id, HideLesson command, HttpContext http) => http.NoContentAsync(command with { LessonId = id });

    [WolverinePost("/api/lessons/{id}/restore", Name = "RestoreLesson")]
    [EndpointSummary("Gør en skjult erfaring synlig")]
    [EndpointDescription("Gør en skjult erfaring synlig igen. Kun sekretariatet.")]
    [ProducesResponseType(204)]
    public static Task<IResult> Restore(Guid id, HttpContext http) => http.NoContentAsync(new RestoreLesson(id));
}
