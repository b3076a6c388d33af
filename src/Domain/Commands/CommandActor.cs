using System.Diagnostics;
using System.Text.Json;
using Marten;
using Politikerforum.Domain.Timeline;
using Wolverine;

namespace Politikerforum.Domain.Commands;

/// <summary>
/// Carries the <see cref="Actor"/> from a door to the command's handler in an envelope header, and, as Wolverine
/// middleware on every command, hands it to the handler and records it (and the trace) in the metadata of each
/// event the command appends. The correlation id is the trace id (Wolverine sets it); the causation id is the
/// caller's span.
/// </summary>
public static class CommandActor
{
    public const string Header = "forum-actor";

    private sealed record Carried(Guid Id, Role[] Roles, Guid? MemberId, string? ObjectId);

    public static DeliveryOptions Carrying(Actor actor) => new()
    {
        Headers = { [Header] = JsonSerializer.Serialize(new Carried(actor.Id, [.. actor.Roles], actor.MemberId, actor.ObjectId)) }
    };

    public static Actor Before(Envelope envelope, IDocumentSession session)
    {
        var carried = envelope.Headers.TryGetValue(Header, out var json) && json is not null
            ? JsonSerializer.Deserialize<Carried>(json)!
            : throw new InvalidOperationException($"{envelope.MessageType} reached its handler without an actor; send commands through ForumCommands.");
        var actor = new Actor(carried.Id, carried.Roles.ToHashSet(), carried.MemberId) { ObjectId = carried.ObjectId };
        Stamp(session, actor);
        return actor;
    }

    /// <summary>Who appends the session's events, for the timeline and the audit trail to read back.</summary>
    public static void Stamp(IDocumentSession session, Actor actor)
    {
        session.LastModifiedBy = actor.Id.ToString();
        session.SetHeader(EventActor.RoleHeader, actor.ShownRole.ToString().ToLowerInvariant());
        if (Activity.Current is not { } activity) return;
        session.SetHeader(EventActor.TraceHeader, activity.TraceId.ToString());
        // The span that asked for the command (the HTTP request, the bot activity), not the envelope id Wolverine would record.
        session.CausationId = activity.ParentId ?? activity.Id;
    }
}
