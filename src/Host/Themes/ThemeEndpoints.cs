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
    [EndpointSummary("Åbn et tema")]
    [EndpointDescription("Åbner et nyt tema, som indlæg, erfaringer, eksperimenter, beslutninger og tilsagn kan høre til. Medlemmer og sekretariatet kan åbne temaer; den, der åbner, bliver deltager. `visibility` er `forum` (alle medlemmer), `public` eller `closed` (kun deltagerne). Svaret har det nye temas id og adresse.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> Open(OpenTheme command, HttpContext http) => http.CreateAsync(command, "/api/themes");

    [WolverinePut("/api/themes/{id}", Name = "UpdateTheme")]
    [EndpointSummary("Ret et tema")]
    [EndpointDescription("Retter titel, beskrivelse og synlighed. Kun den, der åbnede temaet, og sekretariatet. Send den `version`, du sidst læste; er temaet ændret siden, er svaret 409. Svaret er temaet, som `GET /api/themes/{id}` viser det.")]
    [ProducesResponseType<ThemeDetail>(200)]
    public static Task<IResult> Update(Guid id, UpdateTheme command, HttpContext http, IQuerySession session, TimeProvider clock) =>
        http.ShowAsync(command with { ThemeId = id }, done => ThemeReads.GetAsync(session, done.Id, Callers.Of(http), clock.GetUtcNow(), CancellationToken.None));

    [WolverinePost("/api/themes/{id}/archive", Name = "ArchiveTheme")]
    [EndpointSummary("Arkivér et tema")]
    [EndpointDescription("Lukker temaet for nyt indhold; det kan stadig læses. Kun den, der åbnede temaet, og sekretariatet.")]
    [ProducesResponseType(204)]
    public static Task<IResult> Archive(Guid id, HttpContext http) => http.NoContentAsync(new ArchiveTheme(id));

    [WolverinePost("/api/themes/{id}/participants", Name = "AddParticipant")]
    [EndpointSummary("Tilføj en deltager til et tema")]
    [EndpointDescription("Melder et medlem til temaet. Et medlem kan kun melde sig selv til; i et lukket tema kan kun sekretariatet tilføje deltagere. Dit eget medlems-id står i `GET /api/me`.")]
    [ProducesResponseType(204)]
    public static Task<IResult> AddParticipant(Guid id, AddParticipant command, HttpContext http) => http.NoContentAsync(command with { ThemeId = id });

    [WolverineDelete("/api/themes/{id}/participants/{memberId}", Name = "RemoveParticipant")]
    [EndpointSummary("Fjern en deltager fra et tema")]
    [EndpointDescription("Melder et medlem ud af temaet. Et medlem kan kun melde sig selv ud; sekretariatet kan melde alle ud.")]
    [ProducesResponseType(204)]
    public static Task<IResult> RemoveParticipant(Guid id, Guid memberId, HttpContext http) => http.NoContentAsync(new RemoveParticipant(id, memberId));

    /// <summary>
    /// 200 when the switch takes effect (secretariat, or a participant seconding a request from another level),
    /// 202 when a participant's request is recorded and waits.
    /// </summary>
    [WolverinePost("/api/themes/{id}/pace", Name = "SwitchPace")]
    [EndpointSummary("Skift et temas tempo")]
    [EndpointDescription("Skifter mellem normalt tempo og hurtig handling (`urgent`, med `until` og en begrundelse). Sekretariatet skifter med det samme (200). En deltager kan bede om skiftet: det venter (202), til en deltager fra et andet niveau bakker op, og så træder det i kraft (200).")]
    [ProducesResponseType<PaceSwitchAnswer>(StatusCodes.Status200OK), ProducesResponseType<PaceRequestAnswer>(StatusCodes.Status202Accepted)]
    public static Task<IResult> SwitchPace(Guid id, SwitchPace command, HttpContext http) =>
        http.RunAsync(command with { ThemeId = id }, done => Task.FromResult(done.Waits
            ? Results.Json(done.Answer, statusCode: StatusCodes.Status202Accepted)
            : Results.Ok(done.Answer)));

    /// <summary>Makes a Teams channel the theme's place in Teams; the secretariat's. Body: <c>{"teamId", "channelId"}</c>.</summary>
    [WolverinePut("/api/themes/{id}/teams-channel", Name = "LinkTeamsChannel")]
    [EndpointSummary("Knyt et tema til en kanal i Teams")]
    [EndpointDescription("Gør en eksisterende kanal i Teams (`teamId`, `channelId`) til temaets sted i Teams, så forummet fortæller om temaet dér. Kun sekretariatet.")]
    [ProducesResponseType(204)]
    public static Task<IResult> LinkTeamsChannel(Guid id, LinkTeamsChannel command, HttpContext http) => http.NoContentAsync(command with { ThemeId = id });

    [WolverineDelete("/api/themes/{id}/teams-channel", Name = "UnlinkTeamsChannel")]
    [EndpointSummary("Fjern temaets kanal i Teams")]
    [EndpointDescription("Kobler temaet fra sin kanal i Teams; kanalen selv bliver stående. Kun sekretariatet.")]
    [ProducesResponseType(204)]
    public static Task<IResult> UnlinkTeamsChannel(Guid id, HttpContext http) => http.NoContentAsync(new UnlinkTeamsChannel(id));
}
