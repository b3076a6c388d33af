using Politikerforum.Domain;

namespace Politikerforum.Integrations.Feed;

/// <summary>The feed, its stream and webhooks are for integrators, and for admins who run them.</summary>
public static class FeedAccess
{
    public static Refusal? Refuses(Actor actor) =>
        actor.Is(Role.Integrator) || actor.Is(Role.Admin)
            ? null
            : Refusal.Forbidden("Hændelsesstrømmen og webhooks er for integrationer og administratorer.");
}
