using Marten;
using Politikerforum.Domain.Organisations;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Members;

/// <summary>
/// The caller as the forum knows them: who they are, the role they act in, and the themes they take part in. One call
/// instead of looking oneself up in the directory: a member gets their own profile, a secretariat staff member their
/// staff record, and an admin or secretariat caller the staff registry does not know yet a name for their role.
/// </summary>
/// <param name="Id">The member's or staff member's id; null for a caller the registry does not know yet.</param>
/// <param name="Role">The role the caller acts in: the strongest of <paramref name="Roles"/>.</param>
/// <param name="Themes">The themes the member takes part in, archived ones too; secretariat and admins take part in none.</param>
public sealed record MeView(
    Guid? Id, string Name, Role Role, IReadOnlyList<Role> Roles, MemberView? Member, StaffMemberView? Staff,
    IReadOnlyList<ThemeSummary> Themes);

public static class WhoAmI
{
    /// <summary>
    /// A registered member, the secretariat and admins are answered. A member token without a membership is told how
    /// to become a member (404, as <c>/api/members/me</c>); an integrator is a program, not a person of the forum.
    /// </summary>
    public static Refusal? Refuses(Actor actor) =>
        actor.UnregisteredMember ? MemberReads.NoProfileFor(actor)
        : actor.Is(Role.Member) || actor.RunsTheForum ? null
        : Refusal.Forbidden("Kun forummets medlemmer, sekretariatet og administratorer har en profil i forummet. "
                            + "Et integrationsprogram læser forummet gennem /api/feed og /api/webhooks.");

    public static async Task<MeView> ReadAsync(IQuerySession session, Actor actor, CancellationToken ct)
    {
        var roles = actor.Roles.Order().ToList();
        if (await MemberReads.MeAsync(session, actor, ct) is { } member)
        {
            var themes = await session.Query<Theme>().Where(t => t.Participants.Any(p => p.MemberId == member.Id)).OrderBy(t => t.Id).ToListAsync(ct);
            var names = await ActorNames.LoadAsync(session, themes.SelectMany(t => t.Participants.Select(p => p.MemberId)), ct);
            return new MeView(member.Id, member.Name, actor.ShownRole, roles, member, null, [.. themes.Select(t => ThemeSummary.Of(t, names))]);
        }
        var staff = actor.Id != Guid.Empty ? await OrganisationReads.StaffMemberAsync(session, actor.Id, actor, ct) : null;
        // Before the staff registry knows them, they are shown as the forum shows their role elsewhere (ActorNames).
        var shown = (await ActorNames.LoadAsync(session, [actor.Id], ct)).Show(actor.Id, actor.ShownRole.ToString().ToLowerInvariant());
        return new MeView(staff?.Id, staff?.Name ?? shown.Name, actor.ShownRole, roles, null, staff, []);
    }
}
