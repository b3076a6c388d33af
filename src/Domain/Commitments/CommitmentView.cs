using Marten;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Commitments;

/// <summary>
/// A commitment as every door shows it. <see cref="Settlement"/> is the fulfilment note or the reason for
/// withdrawing; <see cref="WasOverdue"/> stays true once the date has passed undelivered, also after a late fulfilment.
/// Every person is shown with their id and name (<see cref="ShownActor"/>).
/// </summary>
public sealed record CommitmentView(
    Guid Id, Guid ThemeId, Level FromLevel, string FromBody, Level? ToLevel, string What, DateOnly DueOn, DateTimeOffset DueAt,
    Guid? DecisionId, ShownActor MadeBy, DateTimeOffset MadeAt, CommitmentStatus Status, bool WasOverdue,
    string? Settlement, ShownActor? SettledBy, DateTimeOffset? SettledAt, int Version)
{
    public bool IsSettled => Status is CommitmentStatus.Fulfilled or CommitmentStatus.Withdrawn;

    /// <param name="names">Loaded for <see cref="PeopleOf"/>.</param>
    public static CommitmentView Of(Commitment c, ActorNames names) =>
        new(c.Id, c.ThemeId, c.FromLevel, c.FromBody, c.ToLevel, c.What, c.DueOn, c.DueAt, c.DecisionId, names.Person(c.MadeBy), c.MadeAt,
            c.Status, c.WasOverdue, c.Settlement, c.SettledBy is { } settler ? names.Person(settler) : null, c.SettledAt, c.Version);

    /// <summary>Everyone the view names.</summary>
    public static IEnumerable<Guid> PeopleOf(Commitment c) => c.SettledBy is { } settler ? [c.MadeBy, settler] : [c.MadeBy];
}

public static class CommitmentReads
{
    /// <summary>Null for an unknown commitment and for one the actor may not see alike: both are answered as unknown.</summary>
    public static async Task<CommitmentView?> GetAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct) =>
        await session.VisibleAsync<Commitment>(id, actor, ct) is var (commitment, _)
            ? CommitmentView.Of(commitment, await ActorNames.LoadAsync(session, CommitmentView.PeopleOf(commitment), ct))
            : null;

    /// <summary>The commitments in the themes the actor may see, oldest first.</summary>
    /// <param name="status">"overdue" is what is late and not yet delivered; late deliveries count as fulfilled.</param>
    /// <param name="toLevel">A level, or the forum for commitments made to the forum as a whole.</param>
    public static async Task<Page<CommitmentView>> ListAsync(IQuerySession session, Actor actor, Guid? theme, CommitmentStatus? status,
        Level? fromLevel, Recipient? toLevel, Guid? after, int? limit, CancellationToken ct)
    {
        var query = await VisibleAsync(session, actor, theme, ct);
        if (status is { } s) query = query.Where(c => c.Status == s);
        if (fromLevel is { } from) query = query.Where(c => c.FromLevel == from);
        if (toLevel?.Level() is { } to) query = query.Where(c => c.ToLevel == to);
        else if (toLevel == Recipient.Forum) query = query.Where(c => c.ToLevel == null);
        if (after is { } cursor) query = query.Where(c => c.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(c => c.Id), limit, c => c.Id.ToString(), ct);
        var names = await ActorNames.LoadAsync(session, page.Items.SelectMany(CommitmentView.PeopleOf), ct);
        return new Page<CommitmentView>([.. page.Items.Select(c => CommitmentView.Of(c, names))], page.Next);
    }

    /// <summary>Counted when asked, from the commitments the actor may see: there is no second copy to keep in step.</summary>
    public static async Task<Ledger> LedgerAsync(IQuerySession session, Actor actor, Guid? theme, CancellationToken ct)
    {
        var entries = await (await VisibleAsync(session, actor, theme, ct))
            .Select(c => new { c.FromLevel, c.ToLevel, c.Status, c.WasOverdue })
            .ToListAsync(ct);
        return Ledger.Of(entries.Select(e => new Ledger.Entry(e.FromLevel, e.ToLevel, e.Status, e.WasOverdue)));
    }

    private static async Task<IQueryable<Commitment>> VisibleAsync(IQuerySession session, Actor actor, Guid? theme, CancellationToken ct)
    {
        var visible = await VisibleThemes.IdsAsync(session, actor, theme, ct);
        return session.Query<Commitment>().Where(c => visible.Contains(c.ThemeId));
    }
}
