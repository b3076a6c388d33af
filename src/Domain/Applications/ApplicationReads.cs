using Marten;

namespace Politikerforum.Domain.Applications;

/// <summary>An application as the secretariat reads it; <see cref="MemberId"/> once it is approved.</summary>
public sealed record ApplicationView(
    Guid Id, string Name, string Organisation, string EntraObjectId, DateTimeOffset SubmittedAt, ApplicationStatus Status,
    Guid? MemberId, string? Reason, DateTimeOffset? DecidedAt, int Version)
{
    public static ApplicationView Of(MembershipApplication a) =>
        new(a.Id, a.Name, a.Organisation, a.EntraObjectId, a.SubmittedAt, a.Status, a.MemberId, a.Reason, a.DecidedAt, a.Version);
}

public static class ApplicationReads
{
    public static readonly Refusal Unknown = Refusal.NotFound("Ansøgningen findes ikke.");

    /// <summary>Applications name people who are not members yet: only those who run the forum read and decide them.</summary>
    public static Refusal? Refuses(Actor actor) =>
        actor.RunsTheForum ? null : Refusal.Forbidden("Kun sekretariatet kan se og behandle ansøgninger om medlemskab.");

    public static async Task<ApplicationView?> GetAsync(IQuerySession session, Guid id, CancellationToken ct) =>
        await session.LoadAsync<MembershipApplication>(id, ct) is { } application ? ApplicationView.Of(application) : null;

    /// <summary>The applications in the order they came in, optionally only those with one status.</summary>
    public static async Task<Page<ApplicationView>> ListAsync(
        IQuerySession session, ApplicationStatus? status, Guid? after, int? limit, CancellationToken ct)
    {
        var query = session.Query<MembershipApplication>().AsQueryable();
        if (status is { } s) query = query.Where(a => a.Status == s);
        if (after is { } cursor) query = query.Where(a => a.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(a => a.Id), limit, a => a.Id.ToString(), ct);
        return new Page<ApplicationView>([.. page.Items.Select(ApplicationView.Of)], page.Next);
    }
}
