using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Politikerforum.Integrations.Graph;
using Politikerforum.Integrations.Graph.Channels;
using Wolverine.Http;

namespace Politikerforum.Host.Themes;

public static class TeamsChannelEndpoints
{
    /// <summary>
    /// Creates a Teams channel for the theme in the forum's team (<c>Graph:TeamId</c>) and links it; the secretariat's.
    /// 201 with the channel's team, id and address; 502 when Teams refuses (nothing is written).
    /// </summary>
    [WolverinePost("/api/themes/{id}/teams-channel/create", Name = "CreateTeamsChannel")]
    [EndpointSummary("Opret en kanal i Teams til temaet")]
    [EndpointDescription("Opretter en kanal til temaet i forummets team i Teams og knytter den til temaet. Kun sekretariatet. Svaret har kanalens team, id og adresse; 502, hvis Teams afviser, og så er intet skrevet.")]
    [ProducesResponseType<ProblemDetails>(502, "application/problem+json")]
    [ProducesResponseType<CreatedChannel>(StatusCodes.Status201Created)]
    public static async Task<IResult> Create(Guid id, Actor actor, ThemeChannels channels) =>
        await channels.CreateAsync(actor, id, CancellationToken.None) switch
        {
            (Done, { } channel, _) => Results.Created($"/api/themes/{id}", channel),
            (Refusal refusal, _, _) => refusal.ToResult(),
            (_, _, { } failed) => Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: Problems.TitleOf(502), detail: failed),
            var other => throw new InvalidOperationException($"Unknown outcome {other}.")
        };

    /// <summary>
    /// Whether the theme's switches to urgent pace book a Teams meeting for its participants; the secretariat's.
    /// Body: <c>{"on": true}</c>.
    /// </summary>
    [WolverinePut("/api/themes/{id}/urgent-meetings", Name = "ChooseUrgentMeetings")]
    [EndpointSummary("Vælg møder ved hurtig handling")]
    [EndpointDescription("Vælger, om et skift til hurtig handling i temaet booker et møde i Teams for deltagerne (`{\"on\": true}`). Kun sekretariatet.")]
    [ProducesResponseType(204)]
    public static Task<IResult> ChooseUrgentMeetings(Guid id, ChooseUrgentMeetings command, HttpContext http) => http.NoContentAsync(command with { ThemeId = id });

    /// <summary>The Graph connection as the secretariat follows it: each channel's subscription, its expiry, the last notification, catch-up, lag and errors.</summary>
    [WolverineGet("/api/integrations/graph/status", Name = "GraphStatus")]
    [EndpointSummary("Forbindelsen til Microsoft Graph")]
    [EndpointDescription("Hver kanals abonnement hos Microsoft Graph, hvornår det udløber, seneste besked, indhentning, efterslæb og fejl. Kun sekretariatet.")]
    [ProducesResponseType<GraphStatusView>(200)]
    [Tags("Integrationer")]
    public static async Task<IResult> Status(Actor actor, IQuerySession session, GraphSettings settings, CancellationToken ct) =>
        await GraphStatus.ReadAsync(session, settings, actor, ct) is { } status ? Results.Ok(status) : GraphStatus.NotForYou.ToResult();
}
