using System.Text.Json.Serialization;
using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Members;

public record LeaveForum([property: JsonIgnore] Guid MemberId) : ICommand;

public static class LeavingTheForum
{
    public static Refusal? Refuses(Member? member, Actor actor) =>
        member is null ? Refusal.Unknown
        : !actor.RunsTheForum && !actor.IsMember(member.Id)
            ? Refusal.Forbidden("Kun medlemmet selv eller sekretariatet kan melde et medlem ud af forummet.")
        : member.HasLeft ? Refusal.Conflict("Medlemmet har allerede forladt forummet.")
        : null;

    public static MemberLeftForum Decide(Member member, Actor actor, DateTimeOffset now) => new(member.Id, actor.Id, now);
}

public static class LeaveForumHandler
{
    public static Task<IEventStream<Member>> LoadAsync(LeaveForum command, IDocumentSession session, CancellationToken ct) =>
        MemberStream.FetchForWritingAsync(session, command.MemberId, ct);

    public static Outcome Handle(LeaveForum command, IEventStream<Member> member, Actor actor, TimeProvider clock) =>
        LeavingTheForum.Refuses(member.Aggregate, actor) ?? (Outcome)member.Append(LeavingTheForum.Decide(member.Aggregate!, actor, clock.GetUtcNow()));
}
