using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Members;

/// <summary>
/// A member's stream, locked for this command: two people changing the same member at once are served one after
/// the other, and the second is told what the first did. Its aggregate is null for an unknown id.
/// </summary>
public static class MemberStream
{
    public static Task<IEventStream<Member>> FetchForWritingAsync(IDocumentSession session, Guid memberId, CancellationToken ct) =>
        session.Events.FetchForExclusiveWriting<Member>(memberId, ct);

    /// <summary>Appends what the rule decided and tells the door the member's new version.</summary>
    public static Done Append(this IEventStream<Member> member, object decided)
    {
        member.AppendOne(decided);
        return new Done(member.Id, member.CurrentVersion ?? 1);
    }
}
