using System.Security.Claims;
using Marten;
using Politikerforum.Domain;

namespace Politikerforum.Host.Auth;

/// <summary>
/// Turns the authenticated principal into the forum's <see cref="Actor"/> once per request: roles from the token's
/// <c>roles</c> claim, and the person from the registry (<see cref="ActorIdentity"/>) by the token's <c>oid</c>.
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

    public static Task<Actor> IdentifyAsync(ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var roles = user.FindAll(RolesClaim)
            .Select(c => Enum.TryParse<Role>(c.Value, ignoreCase: true, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToHashSet();
        return ActorIdentity.IdentifyAsync(session, user.FindFirstValue(ObjectIdClaim), roles, ct);
    }
}
