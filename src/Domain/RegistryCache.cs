using System.Collections.Concurrent;
using JasperFx.Events;
using Marten;
using Marten.Services;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;

namespace Politikerforum.Domain;

/// <summary>What the registry says about one Entra object id: the active member and the staff member it is, if any.</summary>
public sealed record RegistryEntry(Guid? MemberId, Guid? StaffId)
{
    public static readonly RegistryEntry None = new(null, null);
}

/// <summary>A person the registry names by id: a member, or a staff member with their organisation's name.</summary>
public sealed record RegisteredPerson(Member? Member, StaffMember? Staff, string? Organisation)
{
    public Guid Id => Member?.Id ?? Staff!.Id;
}

/// <summary>
/// The registry's answers by Entra object id, remembered between requests: every request asks who its caller is, and the
/// answer changes only when somebody registers, leaves, is erased or joins the staff. So are the people it names by id
/// (<see cref="ActorNames"/>), which every page of a timeline shows, and which change only by the same events. Any such change forgets everything,
/// on this node the moment its write commits (<see cref="Forgetting"/>), on the others when PostgreSQL tells them
/// (<see cref="Channel"/>, sent in the committing transaction by <see cref="Signalling"/>). Until a node hears that
/// channel, and whenever it stops hearing it, it remembers nothing and asks the registry every time.
/// </summary>
public sealed class RegistryCache
{
    /// <summary>The PostgreSQL notification channel a registry change is announced on.</summary>
    public const string Channel = "forum_registry_changed";

    /// <summary>Enough for every member and staff member of the forum; past it the cache starts over.</summary>
    public const int Capacity = 20_000;

    // Read without a lock by every request (the caller, the names on a page); changed only under _gate, rarely. A reader
    // takes the generation before the entries, so an answer it asks for while the registry changes is not kept.
    private readonly ConcurrentDictionary<string, RegistryEntry> _known = [];
    private readonly ConcurrentDictionary<Guid, RegisteredPerson> _people = [];
    private readonly Lock _gate = new();
    private long _generation;
    private volatile bool _hearing;

    public RegistryCache() => Forgetting = new ForgetOnCommit(this);

    /// <summary>The store listener that forgets on this node; the host adds it to its store.</summary>
    public DocumentSessionListenerBase Forgetting { get; }

    /// <summary>Whether this node hears every registry change, and so may remember answers.</summary>
    public bool IsHearing => _hearing;

    /// <summary>Whether an answer for the object id is remembered.</summary>
    public bool Knows(string objectId) => _known.ContainsKey(objectId);

    /// <summary>
    /// The people among <paramref name="ids"/> that are remembered, the rest, and the generation to hand
    /// <see cref="Remember"/> with what the registry says about the rest.
    /// </summary>
    public (List<RegisteredPerson> Known, List<Guid> Unknown, long Generation) Recall(IEnumerable<Guid> ids)
    {
        var (known, unknown) = (new List<RegisteredPerson>(), new List<Guid>());
        var generation = Interlocked.Read(ref _generation);
        foreach (var id in ids)
            if (_people.TryGetValue(id, out var person)) known.Add(person);
            else unknown.Add(id);
        return (known, unknown, generation);
    }

    /// <summary>Kept only if nothing in the registry changed since <see cref="Recall"/>, as for <see cref="LookUpAsync"/>.</summary>
    public void Remember(long generation, IEnumerable<RegisteredPerson> people)
    {
        lock (_gate)
        {
            if (!_hearing || generation != _generation) return;
            if (_people.Count >= Capacity) _people.Clear();
            foreach (var person in people) _people[person.Id] = person;
        }
    }

    public async Task<RegistryEntry> LookUpAsync(string objectId, Func<Task<RegistryEntry>> ask)
    {
        var generation = Interlocked.Read(ref _generation);
        if (_known.TryGetValue(objectId, out var known)) return known;
        var entry = await ask();
        lock (_gate)
        {
            // Kept only if nothing in the registry changed while it was asked: else an answer from before an erasure
            // could outlive the erasure.
            if (_hearing && generation == _generation)
            {
                if (_known.Count >= Capacity) _known.Clear();
                _known[objectId] = entry;
            }
        }
        return entry;
    }

    public void Forget()
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _generation);
            _known.Clear();
            _people.Clear();
        }
    }

    /// <summary>This node now hears every registry change (it listens on <see cref="Channel"/>), or no longer does.</summary>
    public void Hearing(bool hearing)
    {
        lock (_gate)
        {
            _hearing = hearing;
            Interlocked.Increment(ref _generation);
            _known.Clear();
            _people.Clear();
        }
    }

    /// <summary>
    /// Whether an event may change who an object id is. Every event of the member and staff registries counts, not a
    /// list of today's, so a new one cannot be forgotten here; they are rare.
    /// </summary>
    public static bool Changes(object data) =>
        data.GetType().Namespace is "Politikerforum.Domain.Members" || data is StaffMemberRegistered;

    private static bool Pending(IDocumentSession session) =>
        session.PendingChanges.Streams().Any(s => s.Events.Any(e => Changes(e.Data)));

    /// <summary>Announces a registry change to every node, in the transaction that commits it (NOTIFY is delivered on commit).</summary>
    public sealed class Signalling : DocumentSessionListenerBase
    {
        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (Pending(session)) session.QueueSqlCommand($"select pg_notify('{Channel}', '')");
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Forgets on this node as the change commits, so the request after it is answered by the registry as it is now.
    /// Before the commit too, and by generation, so an answer read in between is not kept.
    /// </summary>
    private sealed class ForgetOnCommit(RegistryCache cache) : DocumentSessionListenerBase
    {
        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (Pending(session)) cache.Forget();
            return Task.CompletedTask;
        }

        public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            if (commit.GetEvents().Any(e => Changes(e.Data))) cache.Forget();
            return Task.CompletedTask;
        }
    }
}
