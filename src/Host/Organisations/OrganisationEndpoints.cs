using Microsoft.AspNetCore.Mvc;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Organisations;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Organisations;

public static class OrganisationEndpoints
{
    [WolverinePost("/api/organisations", Name = "RegisterOrganisation")]
    [EndpointSummary("Registrér en organisation")]
    [EndpointDescription("Registrerer en organisation bag forummet (fx sekretariatets). Kun administratorer.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> Register(RegisterOrganisation command, HttpContext http) => http.CreateAsync(command, "/api/organisations");

    [WolverinePost("/api/staff", Name = "RegisterStaffMember")]
    [EndpointSummary("Registrér en medarbejder i sekretariatet")]
    [EndpointDescription("Registrerer en medarbejder under sin organisation og sit Entra-objekt-id. Kun administratorer.")]
    [ProducesResponseType<Created>(201)]
    public static Task<IResult> RegisterStaff(RegisterStaffMember command, HttpContext http) => http.CreateAsync(command, "/api/staff");
}

public static class OrganisationQueries
{
    [WolverineGet("/api/organisations", Name = "ListOrganisations")]
    [EndpointSummary("Organisationer")]
    [EndpointDescription("Organisationerne bag forummet, side for side i den rækkefølge, de blev registreret.")]
    public static Task<Page<OrganisationView>> List(IQuerySession session, Guid? after, int? limit, CancellationToken ct) =>
        OrganisationReads.ListAsync(session, after, limit, ct);

    [WolverineGet("/api/organisations/{id}", Name = "GetOrganisation")]
    [EndpointSummary("Én organisation")]
    [EndpointDescription("Organisationen og dens medarbejdere i sekretariatet.")]
    [ProducesResponseType<OrganisationView>(200)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await OrganisationReads.GetAsync(session, id, ct) is { } organisation ? Results.Ok(organisation) : Refusal.Unknown.ToResult();

    [WolverineGet("/api/staff/{id}", Name = "GetStaffMember")]
    [EndpointSummary("Én medarbejder")]
    [EndpointDescription("En medarbejder i sekretariatet og organisationen bag.")]
    [ProducesResponseType<StaffMemberView>(200)]
    public static async Task<IResult> GetStaff(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await OrganisationReads.StaffMemberAsync(session, id, actor, ct) is { } staff ? Results.Ok(staff) : Refusal.Unknown.ToResult();
}
