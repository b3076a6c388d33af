namespace Politikerforum.Domain;

public enum Role { Member, Secretariat, Integrator, Admin }

/// <summary>
/// The person (or the forum itself) behind a command. Built by the doors from the authenticated
/// principal, never from a request body. <see cref="Id"/> is the member's or staff member's id,
/// or <see cref="Guid.Empty"/> for secretariat or admin callers not yet in the registry.
/// </summary>
public sealed record Actor(Guid Id, IReadOnlySet<Role> Roles, Guid? MemberId = null)
{
    public static readonly Actor Forum = new(Guid.Empty, new HashSet<Role> { Role.Admin });

    /// <summary>
    /// The Entra object id the door identified the caller by. It keys idempotent retries to the person, whichever
    /// door they come through; null for the forum itself and for tokens without one.
    /// </summary>
    public string? ObjectId { get; init; }

    /// <summary>
    /// The token names a member, but the registry holds no active member for its object id: never registered, left or
    /// erased. <see cref="Role.Member"/> is then not in <see cref="Roles"/>, so such a caller holds none of a member's
    /// rights and reads what the public reads; the flag only lets the forum tell them how to become a member.
    /// </summary>
    public bool UnregisteredMember { get; init; }

    public bool Is(Role role) => Roles.Contains(role);

    /// <summary>Secretariat and admin run the forum; they may act on anything in it.</summary>
    public bool RunsTheForum => Is(Role.Secretariat) || Is(Role.Admin);

    public bool IsMember(Guid memberId) => MemberId == memberId;

    /// <summary>
    /// Whether this actor is the person recorded as <paramref name="personId"/>. Never true for
    /// <see cref="Guid.Empty"/>: that is every unregistered caller at once, and it owns nothing.
    /// </summary>
    public bool IsPerson(Guid personId) => Id != Guid.Empty && Id == personId;

    /// <summary>The role an actor is shown as when no registered name is known.</summary>
    public Role ShownRole => Is(Role.Admin) ? Role.Admin
        : Is(Role.Secretariat) ? Role.Secretariat
        : Is(Role.Member) ? Role.Member
        : Role.Integrator;
}
