using Marten;

namespace Politikerforum.Domain.Organisations;

public sealed record OrganisationView(Guid Id, string Name, DateTimeOffset RegisteredAt)
{
    public static OrganisationView Of(Organisation o) => new(o.Id, o.Name, o.RegisteredAt);
}

public sealed record StaffMemberView(Guid Id, string Name, string Email, Guid OrganisationId, string? EntraObjectId)
{
    public static StaffMemberView Of(StaffMember s) => new(s.Id, s.Name, s.Email, s.OrganisationId, s.EntraObjectId);
}

public static class OrganisationReads
{
    /// <summary>The organisations behind the forum, by name; anyone who calls may read them.</summary>
    public static async Task<IReadOnlyList<OrganisationView>> ListAsync(IQuerySession session, CancellationToken ct) =>
        [.. (await session.Query<Organisation>().OrderBy(o => o.Name).ToListAsync(ct)).Select(OrganisationView.Of)];

    public static async Task<OrganisationView?> GetAsync(IQuerySession session, Guid id, CancellationToken ct) =>
        await session.LoadAsync<Organisation>(id, ct) is { } organisation ? OrganisationView.Of(organisation) : null;

    /// <summary>Only those who run the forum read its staff; to anyone else a staff member is as unknown as a wrong id.</summary>
    public static async Task<StaffMemberView?> StaffMemberAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct) =>
        actor.RunsTheForum && await session.LoadAsync<StaffMember>(id, ct) is { } staff ? StaffMemberView.Of(staff) : null;
}
