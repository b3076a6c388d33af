using Marten;
using Marten.Services.BatchQuerying;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Domain;

public sealed record ShownActor(Guid? Id, string Name, Level? Level, string? Body, string Role);

/// <summary>
/// Who did something, as every door shows them. Names come from the registry at the moment they are shown, never from copies: a member who
/// changes name or is erased is shown as they are now.
/// </summary>
public sealed class ActorNames
{
    private readonly Dictionary<Guid, Member> _members;
    private readonly Dictionary<Guid, StaffMember> _staff;
    private readonly Dictionary<Guid, string> _organisations;

    private ActorNames(IEnumerable<Member> members, IEnumerable<StaffMember> staff, IEnumerable<Organisation> organisations)
    {
        _members = members.ToDictionary(m => m.Id);
        _staff = staff.ToDictionary(s => s.Id);
        _organisations = organisations.ToDictionary(o => o.Id, o => o.Name);
    }

    public static async Task<ActorNames> LoadAsync(IQuerySession session, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Where(id => id != Guid.Empty).Distinct().ToArray();
        var members = await session.LoadManyAsync<Member>(ct, wanted);
        var staff = await session.LoadManyAsync<StaffMember>(ct, wanted.Except(members.Select(m => m.Id)).ToArray());
        var organisations = await session.LoadManyAsync<Organisation>(ct, staff.Select(s => s.OrganisationId).Distinct().ToArray());
        return new ActorNames(members, staff, organisations);
    }

    /// <summary>
    /// <see cref="LoadAsync"/> through the registry the host remembers (<see cref="RegistryCache"/>, forgotten on every
    /// change of a member, so a changed or erased name is never shown from it): when everyone is remembered, nothing is asked.
    /// </summary>
    public static async Task<ActorNames> LoadAsync(IQuerySession session, IEnumerable<Guid> ids, RegistryCache? registry, CancellationToken ct)
    {
        var wanted = ids.Where(id => id != Guid.Empty).Distinct();
        var (known, unknown, generation) = registry?.Recall(wanted) ?? (new List<RegisteredPerson>(), wanted.ToList(), 0L);
        if (unknown.Count == 0) return new ActorNames([], [], []).With(known);
        // The rest in one round trip (two when a staff member's organisation is wanted).
        var batch = session.CreateBatchQuery();
        var load = Load(batch, unknown);
        await batch.Execute(ct);
        var asked = await load(ct);
        registry?.Remember(generation, asked.People);
        return asked.With(known);
    }

    private ActorNames With(IEnumerable<RegisteredPerson> people)
    {
        foreach (var person in people)
        {
            if (person.Member is { } member) _members[member.Id] = member;
            if (person is { Staff: { } staff, Organisation: { } organisation })
                (_staff[staff.Id], _organisations[staff.OrganisationId]) = (staff, organisation);
        }
        return this;
    }

    /// <summary>Everyone found, as the registry's cache keeps them; a staff member whose organisation was not found is left out.</summary>
    private List<RegisteredPerson> People =>
    [
        .. _members.Values.Select(m => new RegisteredPerson(m, null, null)),
        .. _staff.Values.Where(s => _organisations.ContainsKey(s.OrganisationId)).Select(s => new RegisteredPerson(null, s, _organisations[s.OrganisationId]))
    ];

    /// <summary>
    /// The registry's part of <see cref="LoadAsync"/> asked in a batch with the rest of a read; the returned step
    /// finishes it once the batch has run (a round trip of its own only when a staff member's organisation is wanted).
    /// </summary>
    public static Func<CancellationToken, Task<ActorNames>> Load(IBatchedQuery batch, IEnumerable<Guid> ids)
    {
        var wanted = ids.Where(id => id != Guid.Empty).Distinct().ToArray();
        var members = batch.LoadMany<Member>().ById(wanted);
        var staff = batch.LoadMany<StaffMember>().ById(wanted);
        return async ct =>
        {
            var (m, s) = (await members, await staff);
            var organisations = s.Count == 0 ? []
                : await batch.Parent.LoadManyAsync<Organisation>(ct, s.Select(x => x.OrganisationId).Distinct().ToArray());
            return new ActorNames(m, s, organisations);
        };
    }

    public ShownActor Show(Guid id, string? role)
    {
        // An erased member's level and body would single them out (there are few of each body's politicians), so a
        // former member is shown by name only: "Tidligere medlem", whatever they did.
        if (_members.TryGetValue(id, out var member))
            return member.IsErased
                ? new ShownActor(id, Erasing.FormerMember, null, null, "member")
                : new ShownActor(id, member.Name, member.Level, member.Body, "member");
        if (id == UnknownTeamsUser.Id) return new ShownActor(null, UnknownTeamsUser.Name, null, null, UnknownTeamsUser.Role);
        if (_staff.TryGetValue(id, out var staff))
            return new ShownActor(id, staff.Name, null, _organisations.GetValueOrDefault(staff.OrganisationId), role ?? "secretariat");
        return role switch
        {
            "admin" => new ShownActor(null, "Administrator", null, null, role),
            "secretariat" => new ShownActor(null, "Sekretariatet", null, null, role),
            "member" => new ShownActor(null, Erasing.FormerMember, null, null, role),
            EventActor.Anonymous => new ShownActor(null, "Chatham House – afsender anonym", null, null, role),
            EventActor.UnnamedMember => new ShownActor(null, "Et medlem", null, null, "member"),
            _ => new ShownActor(null, "Politikerforum", null, null, role ?? "system")
        };
    }

    /// <summary>
    /// Someone the write state records by id alone: a member, a staff member, or (the all-zero id) someone who runs the forum
    /// without a registry entry. The convention of every view: a person is shown as <see cref="ShownActor"/>, id and name together.
    /// </summary>
    public ShownActor Person(Guid id) => Show(id, id == Guid.Empty ? "secretariat" : null);

    public string NameOf(Guid memberId) => _members.TryGetValue(memberId, out var m) ? m.Name : Erasing.FormerMember;

    /// <summary>Erased members are gone from the forum as people: they leave every list of who takes part.</summary>
    public bool IsErased(Guid memberId) => _members.TryGetValue(memberId, out var m) && m.IsErased;
}
