using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.People;

/// <summary>
/// How the bot reaches a member or staff member in Teams on its own initiative: their Teams user id (29:…, which
/// differs per bot), their tenant and service, and their 1:1 chat with the bot once there is one. Taken from every
/// activity they send; keyed by their id in the forum, so it goes when they are erased.
/// </summary>
public sealed record TeamsPerson(Guid Id, string TeamsUserId, string ServiceUrl, string? TenantId, DateTimeOffset LastSeenAt)
{
    public string? PersonalConversationId { get; init; }

    public static async Task RememberAsync(IDocumentSession session, Actor actor, Activity activity, DateTimeOffset now, CancellationToken ct)
    {
        if (actor.Id == Guid.Empty || activity.From?.Id is not { Length: > 0 } teamsUserId || activity.ServiceUrl is not { Length: > 0 } serviceUrl) return;
        var known = await session.LoadAsync<TeamsPerson>(actor.Id, ct);
        session.Store(new TeamsPerson(actor.Id, teamsUserId, serviceUrl, activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id, now)
        {
            PersonalConversationId = activity.IsPersonal() ? activity.Conversation!.Id : known?.PersonalConversationId
        });
    }

    public static async Task<IReadOnlyList<TeamsPerson>> OfAsync(IQuerySession session, IEnumerable<Guid> ids, CancellationToken ct) =>
        await session.LoadManyAsync<TeamsPerson>(ct, ids.Distinct().ToArray());
}

/// <summary>Sent when a member is erased: how to reach them in Teams is personal data too.</summary>
public sealed record ForgetTeamsPerson(Guid MemberId);

public static class ForgetTeamsPersonHandler
{
    public static void Handle(ForgetTeamsPerson message, IDocumentSession session) => session.Delete<TeamsPerson>(message.MemberId);
}
