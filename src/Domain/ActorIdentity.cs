using Marten;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;

namespace Politikerforum.Domain;

/// <summary>
/// Who a person is in the forum, found in the registry by their Entra object id: the token's <c>oid</c> over HTTP,
/// <c>from.aadObjectId</c> in Teams. Every door identifies people here, so a person is the same actor whichever door
/// they come through.
/// </summary>
public static class ActorIdentity
{
    /// <param name="roles">What the door knows the person may act as (the token's roles over HTTP).</param>
    public static async Task<Actor> IdentifyAsync(IQuerySession session, string? objectId, IReadOnlySet<Role> roles, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(objectId)) return new Actor(Guid.Empty, roles);
        return await RegisteredAsync(session, objectId, roles, ct) with { ObjectId = objectId };
    }

    /// <summary>A member who has left is no longer one; a caller in the registry's roles but not in it acts as <see cref="Guid.Empty"/>.</summary>
    private static async Task<Actor> RegisteredAsync(IQuerySession session, string objectId, IReadOnlySet<Role> roles, CancellationToken ct)
    {
        if (roles.Contains(Role.Member)
            && await session.Query<Member>().FirstOrDefaultAsync(m => m.EntraObjectId == objectId && m.LeftAt == null, ct) is { } member)
            return new Actor(member.Id, roles, member.Id);
        if ((roles.Contains(Role.Secretariat) || roles.Contains(Role.Admin))
            && await session.Query<StaffMember>().FirstOrDefaultAsync(s => s.EntraObjectId == objectId, ct) is { } staff)
            return new Actor(staff.Id, roles);
        return new Actor(Guid.Empty, roles);
    }

    /// <summary>
    /// For a door that knows a person only by their Entra object id (Teams' <c>from.aadObjectId</c>), not by a token's
    /// roles: the registry says who they are. A member acts as a member, a secretariat staff member as the secretariat;
    /// anyone else is null, a stranger to the forum (see <see cref="Stranger"/>).
    /// </summary>
    public static async Task<Actor?> InRegistryAsync(IQuerySession session, string? objectId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(objectId)) return null;
        if (await IdentifyAsync(session, objectId, new HashSet<Role> { Role.Member }, ct) is { MemberId: not null } member) return member;
        var staff = await IdentifyAsync(session, objectId, new HashSet<Role> { Role.Secretariat }, ct);
        return staff.Id != Guid.Empty ? staff : null;
    }

    /// <summary>Someone the forum does not know, known only by their Entra object id: they may ask to join, nothing more.</summary>
    public static Actor Stranger(string objectId) => new(Guid.Empty, new HashSet<Role>()) { ObjectId = objectId };
}
