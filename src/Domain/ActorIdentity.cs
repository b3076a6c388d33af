using Marten;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;

namespace Politikerforum.Domain;

/// <summary>
/// Who a person is in the forum, found in the registry by their Entra object id: the token's <c>oid</c> over HTTP,
/// <c>from.aadObjectId</c> in Teams. Every door identifies people here, so a person is the same actor whichever door
/// they come through, and a role is only as good as the registry behind it.
/// </summary>
public static class ActorIdentity
{
    /// <param name="roles">What the door knows the person may act as (the token's roles over HTTP).</param>
    /// <param name="cache">The host's remembered registry answers; without it the registry is asked.</param>
    public static async Task<Actor> IdentifyAsync(
        IQuerySession session, string? objectId, IReadOnlySet<Role> roles, CancellationToken ct, RegistryCache? cache = null)
    {
        var known = string.IsNullOrWhiteSpace(objectId) ? null : objectId;
        return Identify(known, known is null ? RegistryEntry.None : await EntryAsync(session, known, ct, cache), roles);
    }

    private static Actor Identify(string? objectId, RegistryEntry entry, IReadOnlySet<Role> roles)
    {
        if (roles.Contains(Role.Member) && entry.MemberId is { } memberId)
            return new Actor(memberId, roles, memberId) { ObjectId = objectId };

        // Being a member is being in the registry: a member token without an active member behind it (never registered,
        // left, erased, or no object id at all) carries none of the role's rights, over every door and every read rule.
        var unregistered = roles.Contains(Role.Member);
        var rights = unregistered ? roles.Where(r => r != Role.Member).ToHashSet() : roles;
        // Secretariat and admin keep their rights before the staff registry knows them (the first admin registers it);
        // once it does, they act under their staff id.
        var staff = rights.Contains(Role.Secretariat) || rights.Contains(Role.Admin) ? entry.StaffId : null;
        return new Actor(staff ?? Guid.Empty, rights) { ObjectId = objectId, UnregisteredMember = unregistered };
    }

    private static Task<RegistryEntry> EntryAsync(IQuerySession session, string objectId, CancellationToken ct, RegistryCache? cache) =>
        cache is null ? LookUpAsync(session, objectId, ct) : cache.LookUpAsync(objectId, () => LookUpAsync(session, objectId, ct));

    /// <summary>The active member and the staff member an object id is, asked in one round trip.</summary>
    private static async Task<RegistryEntry> LookUpAsync(IQuerySession session, string objectId, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var member = batch.Query<Member>().Where(m => m.EntraObjectId == objectId && m.LeftAt == null).FirstOrDefault();
        var staff = batch.Query<StaffMember>().Where(s => s.EntraObjectId == objectId).FirstOrDefault();
        await batch.Execute(ct);
        return new RegistryEntry((await member)?.Id, (await staff)?.Id);
    }

    /// <summary>
    /// For a door that knows a person only by their Entra object id (Teams' <c>from.aadObjectId</c>), not by a token's
    /// roles: the registry says who they are. A member acts as a member, a secretariat staff member as the secretariat;
    /// anyone else is null, a stranger to the forum (see <see cref="Stranger"/>). One look-up serves both questions.
    /// </summary>
    /// <param name="cache">The host's remembered registry answers, as for <see cref="IdentifyAsync"/>.</param>
    public static async Task<Actor?> InRegistryAsync(IQuerySession session, string? objectId, CancellationToken ct, RegistryCache? cache = null)
    {
        if (string.IsNullOrWhiteSpace(objectId)) return null;
        var entry = await EntryAsync(session, objectId, ct, cache);
        if (Identify(objectId, entry, new HashSet<Role> { Role.Member }) is { MemberId: not null } member) return member;
        var staff = Identify(objectId, entry, new HashSet<Role> { Role.Secretariat });
        return staff.Id != Guid.Empty ? staff : null;
    }

    /// <summary>Someone the forum does not know, known only by their Entra object id: they may ask to join, nothing more.</summary>
    public static Actor Stranger(string objectId) => new(Guid.Empty, new HashSet<Role>()) { ObjectId = objectId };
}
