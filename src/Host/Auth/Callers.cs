using System.Security.Claims;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;

namespace Politikerforum.Host.Auth;

/// <summary>
/// Turns the authenticated principal into the forum's <see cref="Actor"/> once per request:
/// roles from the token's <c>roles</c> claim, identity from the registry by the token's <c>oid</c>.
/// </summary>
public static class Callers
{
    public const string ObjectIdClaim = "oid";
    public const string RolesClaim = "roles";

    public static Actor Of(HttpContext context) =>
        context.Features.Get<Actor>() ?? throw new InvalidOperationException("The caller was not identified; is the endpoint anonymous?");

    public static IApplicationBuilder UseCallers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var session = context.RequestServices.GetRequiredService<IQuerySession>();
            context.Features.Set(await IdentifyAsync(context.User, session, context.RequestAborted));
        }
        await next(context);
    });

    public static async Task<Actor> IdentifyAsync(ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var roles = user.FindAll(RolesClaim)
            .Select(c => Enum.TryParse<Role>(c.Value, ignoreCase: true, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToHashSet();
        var objectId = user.FindFirstValue(ObjectIdClaim);
        if (string.IsNullOrWhiteSpace(objectId)) return new Actor(Guid.Empty, roles);
        return await IdentifyAsync(objectId, roles, session, ct) with { ObjectId = objectId };
    }

    private static async Task<Actor> IdentifyAsync(string objectId, HashSet<Role> roles, IQuerySession session, CancellationToken ct)
    {

        if (roles.Contains(Role.Member))
        {
            var member = await session.Query<Member>()
                .FirstOrDefaultAsync(m => m.EntraObjectId == objectId && m.LeftAt == null, ct);
            if (member is not null) return new Actor(member.Id, roles, member.Id);
        }
        if (roles.Contains(Role.Secretariat) || roles.Contains(Role.Admin))
        {
            var staff = await session.Query<StaffMember>().FirstOrDefaultAsync(s => s.EntraObjectId == objectId, ct);
            if (staff is not null) return new Actor(staff.Id, roles);
        }
        return new Actor(Guid.Empty, roles);
    }
}
