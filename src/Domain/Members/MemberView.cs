using Marten;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Members;

/// <summary>
/// A member as the directory shows them to one reader, by the contact rule (<see cref="For"/>, and the README's
/// "Who sees a member's contact details"). A field the rule withholds from the reader is null. Once erased, the name
/// reads <see cref="Erasing.FormerMember"/> and the contact details are gone for everyone.
/// </summary>
public sealed record MemberView(
    Guid Id, string Name, string? Email, Level Level, string Body, string? Party, string? EntraObjectId,
    DateTimeOffset RegisteredAt, DateTimeOffset? LeftAt, int Version, DateTimeOffset? ErasedAt)
{
    public bool HasLeft => LeftAt is not null;
    public bool IsErased => ErasedAt is not null;

    /// <summary>Everything: what the member themselves and the secretariat see, and what the member's export holds.</summary>
    public static MemberView Of(Member m) =>
        new(m.Id, m.Name, m.Email, m.Level, m.Body, m.Party, m.EntraObjectId, m.RegisteredAt, m.LeftAt, m.Version, m.ErasedAt);

    /// <summary>The contact rule: what <paramref name="reader"/> sees of <paramref name="m"/>.</summary>
    /// <param name="fellows">The members who share a theme with the reader (<see cref="MemberReads.FellowsAsync"/>).</param>
    public static MemberView For(Member m, Actor reader, IReadOnlySet<Guid> fellows)
    {
        // A member sees all of their own data (GDPR art. 15). The secretariat and admins keep the registry: they
        // register and correct members, answer for the forum's contact with them, and link Teams and Entra accounts.
        if (reader.IsMember(m.Id) || reader.RunsTheForum) return Of(m);
        // Name, level, body and party go to every member: knowing who sits where on a challenge, and who to call, is
        // what the forum is for, and an elected politician's office and party are public anyway. The email goes only
        // to those who work with the member in a theme, and not after the member has left the forum; everyone else
        // reaches them through the forum. The Entra object id is a key into the tenant's systems, never contact data.
        var shareATheme = reader.MemberId is not null && fellows.Contains(m.Id) && !m.HasLeft;
        return Of(m) with { Email = shareATheme ? m.Email : null, EntraObjectId = null };
    }
}

/// <summary>The bodies and parties of the members who have not left, in Danish order: what the directory can be narrowed to.</summary>
public sealed record MemberChoices(IReadOnlyList<string> Bodies, IReadOnlyList<string> Parties);

/// <param name="Q">Part of a name or a body, regardless of case.</param>
public sealed record MemberFilter(Level? Level = null, string? Body = null, string? Party = null, string? Q = null);

public static class MemberReads
{
    public static readonly Refusal NotRegistered = Refusal.NotFound("Du er ikke registreret som medlem af forummet.");

    private const string HowToJoin = "Du er ikke registreret som medlem af Politikerforum og kan derfor kun se det, forummet deler offentligt. "
        + "Det er sekretariatet, der registrerer medlemmer. Du kan søge om at blive medlem ved at kontakte sekretariatet "
        + "eller ved at skrive »deltag« til forummets bot i Microsoft Teams.";

    /// <summary>What a caller with a member token but no membership is told where a member gets their profile.</summary>
    private static readonly Refusal NotAMember = Refusal.NotFound(HowToJoin);

    /// <summary>The directory is for the people of the forum, not for integrators; every door asks here before reading it.</summary>
    public static Refusal? Refuses(Actor actor) =>
        actor.Is(Role.Member) || actor.RunsTheForum ? null
        : actor.UnregisteredMember ? Refusal.Forbidden(HowToJoin)
        : Refusal.Forbidden("Medlemsregistret er kun for medlemmer og sekretariatet.");

    /// <summary>Who may ask for their own profile: anyone who may read the directory, and whoever holds a member token.</summary>
    public static Refusal? RefusesMe(Actor actor) => actor.UnregisteredMember ? null : Refuses(actor);

    public static async Task<MemberView?> GetAsync(IQuerySession session, Guid id, Actor reader, CancellationToken ct) =>
        await session.LoadAsync<Member>(id, ct) is { } member ? MemberView.For(member, reader, await FellowsAsync(session, reader, ct)) : null;

    /// <summary>The caller's own profile; null when they are not a registered member (<see cref="NoProfileFor"/> says why).</summary>
    public static async Task<MemberView?> MeAsync(IQuerySession session, Actor actor, CancellationToken ct) =>
        actor.MemberId is { } id ? await GetAsync(session, id, actor, ct) : null;

    /// <summary>Staff are told they are not a member; anyone else is told how to become one.</summary>
    public static Refusal NoProfileFor(Actor actor) => actor.RunsTheForum ? NotRegistered : NotAMember;

    /// <summary>The members who have not left, in the order they were registered.</summary>
    public static async Task<Page<MemberView>> ListAsync(IQuerySession session, MemberFilter filter, Actor reader, Guid? after, int? limit, CancellationToken ct)
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
        var fellows = await FellowsAsync(session, reader, ct);
        return new Page<MemberView>([.. page.Items.Select(m => MemberView.For(m, reader, fellows))], page.Next);
    }

    /// <summary>
    /// The members who take part in a theme together with the reader now (archived themes count: the work was shared).
    /// Only a registered member has fellows; the secretariat sees every email anyway.
    /// </summary>
    public static async Task<IReadOnlySet<Guid>> FellowsAsync(IQuerySession session, Actor reader, CancellationToken ct)
    {
        if (reader.MemberId is not { } me || reader.RunsTheForum) return new HashSet<Guid>();
        var themes = await session.Query<Theme>().Where(t => t.Participants.Any(p => p.MemberId == me)).ToListAsync(ct);
        return themes.SelectMany(t => t.Participants).Select(p => p.MemberId).ToHashSet();
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
