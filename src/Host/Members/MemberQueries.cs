using Politikerforum.Domain.Themes;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Members;

public static class MemberQueries
{
    private static readonly Refusal NotForIntegrators =
        Refusal.Forbidden("Medlemsregistret er kun for medlemmer og sekretariatet.");

    /// <summary>The directory is for the people of the forum, not for integrators.</summary>
    public static ProblemDetails Validate(Actor actor) =>
        (actor.Is(Role.Member) || actor.RunsTheForum ? null : NotForIntegrators).ToProblem();

    [WolverineGet("/api/members", Name = "ListMembers")]
    public static async Task<Page<Member>> List(
        IQuerySession session, Level? level, string? body, string? party, string? q, Guid? after, int? limit,
        CancellationToken ct)
    {
        var query = session.Query<Member>().Where(m => m.LeftAt == null);
        if (level is { } l) query = query.Where(m => m.Level == l);
        if (!string.IsNullOrWhiteSpace(body)) query = query.Where(m => m.Body.Equals(body.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(party)) query = query.Where(m => m.Party != null && m.Party.Equals(party.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(m => m.Name.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase)
                                                                 || m.Body.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase));
        // Ids are time-ordered (version 7), so id order is registration order and a stable cursor.
        if (after is { } cursor) query = query.Where(m => m.Id > cursor);
        return await Page.FetchAsync(query.OrderBy(m => m.Id), limit, m => m.Id.ToString(), ct);
    }

    [WolverineGet("/api/members/me", Name = "MyMemberProfile")]
    public static async Task<IResult> Me(Actor actor, IQuerySession session, CancellationToken ct) =>
        actor.MemberId is { } id && await session.LoadAsync<Member>(id, ct) is { } member
            ? Results.Ok(member)
            : Refusal.NotFound("Du er ikke registreret som medlem af forummet.").ToResult();

    [WolverineGet("/api/members/{id}", Name = "GetMember")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Member>(id, ct) is { } member
            ? Results.Ok(member)
            : Refusal.NotFound("Medlemmet findes ikke.").ToResult();
}
