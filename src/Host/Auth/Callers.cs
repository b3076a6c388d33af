using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Diagnostics;
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

    /// <summary>The registry this host remembers: callers, and the people an answer names, without a round trip.</summary>
    public static RegistryCache RegistryOf(HttpContext context) => context.RequestServices.GetRequiredService<RegistryCache>();

    public static IApplicationBuilder UseCallers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // An error page shown for a failed request needs nobody's identity, and must show while the registry is out of reach.
        if (context.User.Identity?.IsAuthenticated == true && context.Features.Get<IExceptionHandlerFeature>() is null)
        {
            // A validly signed token that names no role the forum knows is somebody the tenant let in for another
            // purpose; it gets nothing, not even what integrators may read.
            if (RolesOf(context.User).Count == 0 && context.Request.Path.StartsWithSegments("/api"))
            {
                await ForbidAsync(context);
                return;
            }
            var session = context.RequestServices.GetRequiredService<IQuerySession>();
            context.Features.Set(await IdentifyAsync(context.User, session, context.RequestAborted, RegistryOf(context)));
        }
        await next(context);
    });

    public static Task<Actor> IdentifyAsync(ClaimsPrincipal user, IQuerySession session, CancellationToken ct, RegistryCache? registry = null) =>
        ActorIdentity.IdentifyAsync(session, user.FindFirstValue(ObjectIdClaim), RolesOf(user), ct, registry);

    /// <summary>The roles the token names exactly (<see cref="RoleNames.Parse"/>); any other value grants nothing.</summary>
    public static IReadOnlySet<Role> RolesOf(ClaimsPrincipal user) =>
        user.FindAll(RolesClaim).Select(c => RoleNames.Parse(c.Value)).OfType<Role>().ToHashSet();

    private static ValueTask ForbidAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Detail = "Dit adgangstoken giver ingen rolle i forummet. Kontakt sekretariatet, hvis du skal have adgang."
            }
        });
    }
}
