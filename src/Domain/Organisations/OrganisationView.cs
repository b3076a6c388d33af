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
    /// <summary>
    /// The organisations behind the forum in the order they were registered (ids are time-ordered), paged as every list is;
    /// anyone who calls may read them. <paramref name="after"/> is the last id seen.
    /// </summary>
    public static async Task<Page<OrganisationView>> ListAsync(IQuerySession session, Guid? after, int? limit, CancellationToken ct)
    {
        var query = session.Query<Organisation>().AsQueryable();
        if (after is { } cursor) query = query.Where(o => o.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(o => o.Id), limit, o => o.Id.ToString(), ct);
        return new Page<OrganisationView>([.. page.Items.Select(OrganisationView.Of)], page.Next);
    }

    public static async Task<OrganisationView?> GetAsync(IQuerySession session, Guid id, CancellationToken ct) =>
        await session.LoadAsync<Organisation>(id, ct) is { } organisation ? OrganisationView.Of(organisation) : null;

    /// <summary>Only those who run the forum read its staff; to anyone else a staff member is as unknown as a wrong id.</summary>
    public static async Task<StaffMemberView?> StaffMemberAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct) =>
        actor.RunsTheForum && await session.LoadAsync<StaffMember>(id, ct) is { } staff ? StaffMemberView.Of(staff) : null;
}
