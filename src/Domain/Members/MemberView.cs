using Marten;

namespace Politikerforum.Domain.Members;

/// <summary>
/// A member as the directory shows them to the people of the forum. Once erased, the name reads
/// <see cref="Erasing.FormerMember"/> and the contact details are gone.
/// </summary>
public sealed record MemberView(
    Guid Id, string Name, string Email, Level Level, string Body, string? Party, string? EntraObjectId,
    DateTimeOffset RegisteredAt, DateTimeOffset? LeftAt, int Version, DateTimeOffset? ErasedAt)
{
    public bool HasLeft => LeftAt is not null;
    public bool IsErased => ErasedAt is not null;

    public static MemberView Of(Member m) =>
        new(m.Id, m.Name, m.Email, m.Level, m.Body, m.Party, m.EntraObjectId, m.RegisteredAt, m.LeftAt, m.Version, m.ErasedAt);
}

/// <summary>The bodies and parties of the members who have not left, in Danish order: what the directory can be narrowed to.</summary>
public sealed record MemberChoices(IReadOnlyList<string> Bodies, IReadOnlyList<string> Parties);

/// <param name="Q">Part of a name or a body, regardless of case.</param>
public sealed record MemberFilter(Level? Level = null, string? Body = null, string? Party = null, string? Q = null);

public static class MemberReads
{
    public static readonly Refusal Unknown = Refusal.NotFound("Medlemmet findes ikke.");

    public static readonly Refusal NotRegistered = Refusal.NotFound("Du er ikke registreret som medlem af forummet.");

    /// <summary>The directory is for the people of the forum, not for integrators; every door asks here before reading it.</summary>
    public static Refusal? Refuses(Actor actor) =>
        actor.Is(Role.Member) || actor.RunsTheForum ? null : Refusal.Forbidden("Medlemsregistret er kun for medlemmer og sekretariatet.");

    public static async Task<MemberView?> GetAsync(IQuerySession session, Guid id, CancellationToken ct) =>
        await session.LoadAsync<Member>(id, ct) is { } member ? MemberView.Of(member) : null;

    /// <summary>The caller's own profile; null when they are not a registered member.</summary>
    public static async Task<MemberView?> MeAsync(IQuerySession session, Actor actor, CancellationToken ct) =>
        actor.MemberId is { } id ? await GetAsync(session, id, ct) : null;

    /// <summary>The members who have not left, in the order they were registered.</summary>
    public static async Task<Page<MemberView>> ListAsync(IQuerySession session, MemberFilter filter, Guid? after, int? limit, CancellationToken ct)
    {
        var query = session.Query<Member>().Where(m => m.LeftAt == null);
        if (filter.Level is { } level) query = query.Where(m => m.Level == level);
        if (Blank.AsNull(filter.Body) is { } body) query = query.Where(m => m.Body.Equals(body, StringComparison.OrdinalIgnoreCase));
        if (Blank.AsNull(filter.Party) is { } party) query = query.Where(m => m.Party != null && m.Party.Equals(party, StringComparison.OrdinalIgnoreCase));
        if (Blank.AsNull(filter.Q) is { } q) query = query.Where(m => m.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                                                              || m.Body.Contains(q, StringComparison.OrdinalIgnoreCase));
        // Ids are time-ordered (version 7), so id order is registration order and a stable cursor.
        if (after is { } cursor) query = query.Where(m => m.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(m => m.Id), limit, m => m.Id.ToString(), ct);
        return new Page<MemberView>([.. page.Items.Select(MemberView.Of)], page.Next);
    }

    public static async Task<MemberChoices> ChoicesAsync(IQuerySession session, CancellationToken ct)
    {
        var current = session.Query<Member>().Where(m => m.LeftAt == null);
        var bodies = await current.Select(m => m.Body).Distinct().ToListAsync(ct);
        var parties = await current.Where(m => m.Party != null).Select(m => m.Party!).Distinct().ToListAsync(ct);
        var danish = StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), ignoreCase: true);
        return new MemberChoices([.. bodies.Order(danish)], [.. parties.Order(danish)]);
    }
}
