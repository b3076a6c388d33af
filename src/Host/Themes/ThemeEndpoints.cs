using Microsoft.AspNetCore.Mvc;
using Marten;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Themes;

public static class ThemeEndpoints
{
    [WolverinePost("/api/themes", Name = "OpenTheme")]
    public static Task<IResult> Open(OpenTheme command, HttpContext http) => http.CreateAsync(command, "/api/themes");

    [WolverinePut("/api/themes/{id}", Name = "UpdateTheme")]
    public static Task<IResult> Update(Guid id, UpdateTheme command, HttpContext http, IQuerySession session, TimeProvider clock) =>
        http.ShowAsync(command with { ThemeId = id }, done => ThemeReads.GetAsync(session, done.Id, Callers.Of(http), clock.GetUtcNow(), CancellationToken.None));

    [WolverinePost("/api/themes/{id}/archive", Name = "ArchiveTheme")]
    public static Task<IResult> Archive(Guid id, HttpContext http) => http.NoContentAsync(new ArchiveTheme(id));

    [WolverinePost("/api/themes/{id}/participants", Name = "AddParticipant")]
    public static Task<IResult> AddParticipant(Guid id, AddParticipant command, HttpContext http) => http.NoContentAsync(command with { ThemeId = id });

    [WolverineDelete("/api/themes/{id}/participants/{memberId}", Name = "RemoveParticipant")]
    public static Task<IResult> RemoveParticipant(Guid id, Guid memberId, HttpContext http) => http.NoContentAsync(new RemoveParticipant(id, memberId));

    /// <summary>
    /// 200 when the switch takes effect (secretariat, or a participant seconding a request from another level),
    /// 202 when a participant's request is recorded and waits.
    /// </summary>
    [WolverinePost("/api/themes/{id}/pace", Name = "SwitchPace")]
    [ProducesResponseType<PaceSwitchAnswer>(StatusCodes.Status200OK), ProducesResponseType<PaceRequestAnswer>(StatusCodes.Status202Accepted)]
    public static Task<IResult> SwitchPace(Guid id, SwitchPace command, HttpContext http) =>
        http.RunAsync(command with { ThemeId = id }, done => Task.FromResult(done.Waits
            ? Results.Json(done.Answer, statusCode: StatusCodes.Status202Accepted)
            : Results.Ok(done.Answer)));

    /// <summary>Makes a Teams channel the theme's place in Teams; the secretariat's. Body: <c>{"teamId", "channelId"}</c>.</summary>
    [WolverinePut("/api/themes/{id}/teams-channel", Name = "LinkTeamsChannel")]
    public static Task<IResult> LinkTeamsChannel(Guid id, LinkTeamsChannel command, HttpContext http) => http.NoContentAsync(command with { ThemeId = id });

    [WolverineDelete("/api/themes/{id}/teams-channel", Name = "UnlinkTeamsChannel")]
    public static Task<IResult> UnlinkTeamsChannel(Guid id, HttpContext http) => http.NoContentAsync(new UnlinkTeamsChannel(id));
}
