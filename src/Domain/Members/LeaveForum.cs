namespace Politikerforum.Domain.Members;

public static class LeavingTheForum
{
    public static Refusal? Refuses(Member member, Actor actor) =>
        !actor.RunsTheForum && !actor.IsMember(member.Id)
            ? Refusal.Forbidden("Kun medlemmet selv eller sekretariatet kan melde et medlem ud af forummet.")
            : member.HasLeft
                ? Refusal.Conflict("Medlemmet har allerede forladt forummet.")
                : null;

    public static MemberLeftForum Decide(Member member, Actor actor, DateTimeOffset now) => new(member.Id, actor.Id, now);
}
