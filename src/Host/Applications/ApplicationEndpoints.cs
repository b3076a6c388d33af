using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Applications;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Applications;

/// <summary>
/// Applications for membership: made by a person who is not a member yet (in Teams with "deltag …", or here), listed
/// and decided by the secretariat. Approval registers the member under the applicant's Entra object id.
/// </summary>
public static class ApplicationEndpoints
{
    [WolverinePost("/api/applications", Name = "ApplyForMembership")]
    [EndpointSummary("Søg om medlemskab")]
    [EndpointDescription("En person, der er logget ind med sin organisations konto, men ikke er medlem, søger om medlemskab. Sekretariatet behandler ansøgningen.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> Apply(ApplyForMembership command, HttpContext http) => http.CreateAsync(command, "/api/applications");

    /// <summary>Answered with the application as it now stands, the new member's id in <c>memberId</c>.</summary>
    [WolverinePost("/api/applications/{id}/approve", Name = "ApproveApplication")]
    [EndpointSummary("Godkend en ansøgning")]
    [EndpointDescription("Godkender ansøgningen og registrerer ansøgeren som medlem under sit Entra-objekt-id. Kun sekretariatet. Svaret er ansøgningen med det nye medlems id i `memberId`.")]
    [ProducesResponseType<ApplicationView>(200)]
    public static Task<IResult> Approve(Guid id, ApproveApplication command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { ApplicationId = id }, done => ApplicationReads.GetAsync(session, done.Id, CancellationToken.None));

    [WolverinePost("/api/applications/{id}/reject", Name = "RejectApplication")]
    [EndpointSummary("Afvis en ansøgning")]
    [EndpointDescription("Afviser ansøgningen med en begrundelse. Kun sekretariatet.")]
    [ProducesResponseType<ApplicationView>(200)]
    public static Task<IResult> Reject(Guid id, RejectApplication command, HttpContext http, IQuerySession session) =>
        http.ShowAsync(command with { ApplicationId = id }, done => ApplicationReads.GetAsync(session, done.Id, CancellationToken.None));
}

public static class ApplicationQueries
{
    public static ProblemDetails Validate(Actor actor) => ApplicationReads.Refuses(actor).ToProblem();

    /// <summary>The applications in the order they came in; <c>status</c> is pending, approved or rejected.</summary>
    [WolverineGet("/api/applications", Name = "ListApplications")]
    [EndpointSummary("Ansøgninger om medlemskab")]
    [EndpointDescription("Ansøgningerne i den rækkefølge, de kom ind. `status` er `pending`, `approved` eller `rejected`. Kun sekretariatet.")]
    public static Task<Page<ApplicationView>> List(IQuerySession session, ApplicationStatus? status, Guid? after, int? limit, CancellationToken ct) =>
        ApplicationReads.ListAsync(session, status, after, limit, ct);
}
