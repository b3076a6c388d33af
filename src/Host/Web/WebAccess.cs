using Microsoft.AspNetCore.Authorization;
using Politikerforum.Domain;

namespace Politikerforum.Host.Web;

/// <summary>
/// Who may use the secretariat's pages, as a door: those who run the forum use all of them; a member may read them
/// (what they show is still only what the Domain's reads let that member see) but not act through them.
/// </summary>
public static class WebAccess
{
    public const string Readers = "web-readers", Secretariat = "web-secretariat";

    public static bool MayRead(Actor actor) => actor.RunsTheForum || actor.Is(Role.Member);

    public static bool MayAct(Actor actor) => actor.RunsTheForum;

    public static void AddWebPolicies(this IServiceCollection services) => services.AddAuthorizationBuilder()
        .AddPolicy(Readers, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => ActorOf(context) is { } actor && MayRead(actor)))
        .AddPolicy(Secretariat, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => ActorOf(context) is { } actor && MayAct(actor)));

    /// <summary>The actor <see cref="Auth.Callers"/> made of the signed-in person, before authorization runs.</summary>
    private static Actor? ActorOf(AuthorizationHandlerContext context) => (context.Resource as HttpContext)?.Features.Get<Actor>();
}
