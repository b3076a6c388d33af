using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Http;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Members;

public static class EraseMemberEndpoint
{
    public static ProblemDetails Validate(Member member, Actor actor) => Erasing.Refuses(member, actor).ToProblem();

    /// <summary>
    /// The erasure is recorded and the masking of the member's past events is sent through the outbox in the
    /// same transaction: if masking fails it is retried, never forgotten.
    /// </summary>
    [WolverinePost("/api/members/{id}/erasure", Name = "EraseMember")]
    public static (UpdatedAggregate, MemberErased, OutgoingMessages) Post(
        EraseMember command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Member member, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), Erasing.Decide(member, command, actor, clock.GetUtcNow()), [new MaskErasedMember(member.Id)]);
}

public static class MaskErasedMemberHandler
{
    public static Task Handle(MaskErasedMember message, IDocumentStore store, CancellationToken ct) =>
        store.Advanced.ApplyEventDataMasking(x => x.IncludeStream(message.MemberId), ct);
}
