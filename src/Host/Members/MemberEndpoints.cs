using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Http;
using Wolverine.Http;
using Wolverine.Marten;

namespace Politikerforum.Host.Members;

public static class RegisterMemberEndpoint
{
    public static async Task<Member?> LoadAsync(RegisterMember command, IQuerySession session, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(command.EntraObjectId) ? null
            : await session.Query<Member>().FirstOrDefaultAsync(m => m.EntraObjectId == command.EntraObjectId.Trim(), ct);

    public static ProblemDetails Validate(Member? sameObjectId, Actor actor) =>
        MemberRegistration.Refuses(actor, sameObjectId).ToProblem();

    [WolverinePost("/api/members", Name = "RegisterMember")]
    public static (Created, IStartStream) Post(RegisterMember command, Actor actor, TimeProvider clock)
    {
        var registered = MemberRegistration.Decide(Guid.CreateVersion7(), command, actor, clock.GetUtcNow());
        return (Created.At("/api/members", registered.MemberId),
            MartenOps.StartStream<Member>(registered.MemberId, registered));
    }
}

public static class UpdateProfileEndpoint
{
    public static ProblemDetails Validate(Member member, UpdateProfile command, Actor actor) =>
        ProfileUpdate.Refuses(member, command, actor).ToProblem();

    [WolverinePut("/api/members/{id}", Name = "UpdateMemberProfile")]
    public static (UpdatedAggregate, MemberProfileUpdated) Put(
        UpdateProfile command, [WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Member member, Actor actor, TimeProvider clock) =>
        (new UpdatedAggregate(), ProfileUpdate.Decide(member, command, actor, clock.GetUtcNow()));
}

public static class LeaveForumEndpoint
{
    public static ProblemDetails Validate(Member member, Actor actor) => LeavingTheForum.Refuses(member, actor).ToProblem();

    [WolverineDelete("/api/members/{id}", Name = "LeaveForum"), EmptyResponse]
    public static MemberLeftForum Delete([WriteAggregate(LoadStyle = ConcurrencyStyle.Exclusive)] Member member, Actor actor, TimeProvider clock) =>
        LeavingTheForum.Decide(member, actor, clock.GetUtcNow());
}
