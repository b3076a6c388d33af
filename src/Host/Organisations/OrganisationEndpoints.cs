using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Organisations;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Organisations;

public static class OrganisationEndpoints
{
    [WolverinePost("/api/organisations", Name = "RegisterOrganisation")]
    public static Task<IResult> Register(RegisterOrganisation command, HttpContext http) => http.CreateAsync(command, "/api/organisations");

    [WolverinePost("/api/staff", Name = "RegisterStaffMember")]
    public static Task<IResult> RegisterStaff(RegisterStaffMember command, HttpContext http) => http.CreateAsync(command, "/api/staff");
}

public static class OrganisationQueries
{
    [WolverineGet("/api/organisations", Name = "ListOrganisations")]
    public static Task<Page<OrganisationView>> List(IQuerySession session, Guid? after, int? limit, CancellationToken ct) =>
        OrganisationReads.ListAsync(session, after, limit, ct);

    [WolverineGet("/api/organisations/{id}", Name = "GetOrganisation")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await OrganisationReads.GetAsync(session, id, ct) is { } organisation ? Results.Ok(organisation) : Refusal.Unknown.ToResult();

    [WolverineGet("/api/staff/{id}", Name = "GetStaffMember")]
    public static async Task<IResult> GetStaff(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await OrganisationReads.StaffMemberAsync(session, id, actor, ct) is { } staff ? Results.Ok(staff) : Refusal.Unknown.ToResult();
}
