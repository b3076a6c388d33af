using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Audit;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Audit;

public static class AuditQuery
{
    /// <summary>
    /// Who did what and when across the whole forum, oldest first (<c>order=desc</c>: newest first), for those who run it.
    /// <c>actor</c> is a member's or staff member's id; <c>after</c> is the last sequence seen, in that order.
    /// </summary>
    [WolverineGet("/api/audit", Name = "AuditTrail")]
    public static async Task<IResult> Get(
        Actor caller, IQuerySession session, Guid? actor, Guid? theme, DateTimeOffset? from, DateTimeOffset? to,
        long? after, int? limit, Order? order, CancellationToken ct) =>
        await AuditReads.PageAsync(session, caller, new AuditFilter(actor, theme, from, to), after, limit, ct, order ?? Order.Asc) is { } page
            ? Results.Ok(page)
            : AuditReads.NotForYou.ToResult();
}
