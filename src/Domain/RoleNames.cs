namespace Politikerforum.Domain;

/// <summary>
/// The names roles carry in tokens (Entra app roles, <c>ops/token</c>) and on the wire: <c>member</c>, <c>secretariat</c>,
/// <c>integrator</c>, <c>admin</c>.
/// </summary>
public static class RoleNames
{
    private static readonly Dictionary<string, Role> ByName =
        Enum.GetValues<Role>().ToDictionary(NameOf, StringComparer.Ordinal);

    public static string NameOf(Role role) => role.ToString().ToLowerInvariant();

    /// <summary>
    /// Only the exact names. <c>Enum.TryParse</c> would also take numbers ("3"), other casings and comma-joined
    /// flags ("integrator,secretariat" came out as admin); an Entra app role value is an exact string set in the
    /// app registration, so anything else is a token the forum did not issue a role for, and grants nothing.
    /// </summary>
    public static Role? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var role) ? role : null;
}
