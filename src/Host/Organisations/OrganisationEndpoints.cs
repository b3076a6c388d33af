using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Organisations;
using Politikerforum.Host.Http;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Organisations;

public static class RegisterOrganisationEndpoint
{
    public static ProblemDetails Validate(Actor actor) => OrganisationRegistration.Refuses(actor).ToProblem();

    [WolverinePost("/api/organisations", Name = "RegisterOrganisation")]
    public static (Created, IStartStream) Post(RegisterOrganisation command, Actor actor, TimeProvider clock)
    {
        var registered = OrganisationRegistration.Decide(Guid.CreateVersion7(), command, actor, clock.GetUtcNow());
        return (Created.At("/api/organisations", registered.OrganisationId),
            MartenOps.StartStream<Organisation>(registered.OrganisationId, registered));
    }
}

public static class RegisterStaffMemberEndpoint
{
    public static async Task<(Organisation?, StaffMember?)> LoadAsync(RegisterStaffMember command, IQuerySession session, CancellationToken ct)
    {
        var organisation = command.OrganisationId is { } id ? await session.LoadAsync<Organisation>(id, ct) : null;
        var sameObjectId = string.IsNullOrWhiteSpace(command.EntraObjectId) ? null
            : await session.Query<StaffMember>().FirstOrDefaultAsync(s => s.EntraObjectId == command.EntraObjectId.Trim(), ct);
        return (organisation, sameObjectId);
    }

    public static ProblemDetails Validate(Actor actor, Organisation? organisation, StaffMember? sameObjectId) =>
        StaffRegistration.Refuses(actor, organisation, sameObjectId).ToProblem();

    [WolverinePost("/api/staff", Name = "RegisterStaffMember")]
    public static (Created, IStartStream) Post(RegisterStaffMember command, Actor actor, TimeProvider clock)
    {
        var registered = StaffRegistration.Decide(Guid.CreateVersion7(), command, actor, clock.GetUtcNow());
        return (Created.At("/api/staff", registered.StaffMemberId),
            MartenOps.StartStream<StaffMember>(registered.StaffMemberId, registered));
    }
}

public static class OrganisationQueries
{
    [WolverineGet("/api/organisations", Name = "ListOrganisations")]
    public static Task<IReadOnlyList<Organisation>> List(IQuerySession session, CancellationToken ct) =>
        session.Query<Organisation>().OrderBy(o => o.Name).ToListAsync(ct);

    [WolverineGet("/api/organisations/{id}", Name = "GetOrganisation")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Organisation>(id, ct) is { } organisation
            ? Results.Ok(organisation)
            : Refusal.NotFound("Organisationen findes ikke.").ToResult();

    [WolverineGet("/api/staff/{id}", Name = "GetStaffMember")]
    public static async Task<IResult> GetStaff(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        actor.RunsTheForum && await session.LoadAsync<StaffMember>(id, ct) is { } staff
            ? Results.Ok(staff)
            : Refusal.NotFound("Medarbejderen findes ikke.").ToResult();
}
