using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;
using Politikerforum.Domain.Posts;

namespace Politikerforum.Domain.Timeline;

/// <summary>
/// Writes a <see cref="TimelineEntry"/> for every event that belongs to a theme, as it is appended, naming the item an
/// event is about where the event does not (<see cref="ItemTitles"/>). A retraction also
/// takes the post's words out of the entries that quoted them; the event store keeps them.
/// </summary>
public partial class TimelineProjection : EventProjection
{
    /// <summary>
    /// An insert, not an upsert: an entry is keyed by its event's sequence, so it is new whenever its event is projected,
    /// inline or on a rebuild, and a rebuild sends inserts to PostgreSQL by COPY (ForumStore).
    /// </summary>
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation) =>
        WriteAsync(operations, e, entry => operations.Insert(entry), cancellation);

    /// <summary>
    /// Writes the entries of events already projected once over the entries there are, after an erasure rewrote the
    /// events; an entry that is not there is left to whoever writes it. A rebuild may be running (ops/projections
    /// rebuild while the forum serves): it has emptied the table and inserts each entry as it reaches its event, so an
    /// entry written here ahead of it would stop the rebuild on a duplicate key, and the rebuild reads the rewritten event.
    /// </summary>
    public static ValueTask RewriteAsync(IDocumentSession session, IEvent e, CancellationToken cancellation)
    {
        var options = session.DocumentStore.Options;
        var table = options.FindOrResolveDocumentType(typeof(TimelineEntry)).TableName.QualifiedName;
        return WriteAsync(session, e, entry => session.QueueSqlCommand($"update {table} set data = ?::jsonb where id = ?",
            options.Serializer().ToJson(entry), entry.Id), cancellation);
    }

    private static async ValueTask WriteAsync(IDocumentOperations operations, IEvent e, Action<TimelineEntry> write, CancellationToken cancellation)
    {
        if (e.Data is PostRetracted retracted) Unquote(operations, retracted);
        if (TimelineDescriptions.Describe(e.Data, await ItemTitles.LoadAsync(operations, e.Data, cancellation)) is { } described)
        {
            write(new TimelineEntry
            {
                Id = e.Sequence,
                ThemeId = described.ThemeId,
                Time = AsStored(e.Timestamp),
                Type = described.Type,
                // An actor who must not be named (a Chatham House author, an endorser) is never copied here, not even as an id.
                ActorId = described.Anonymous ? Guid.Empty : EventActor.IdOf(e),
                ActorRole = described.Unnamed ?? EventActor.RoleOf(e),
                SubjectMemberId = described.SubjectMemberId,
                ItemId = described.ItemId,
                Summary = described.Summary
            });
        }
    }

    /// <summary>
    /// A patch rather than a load and a store: on a rebuild the entries to change may still be in the same unsaved
    /// batch, and a patch runs after them, in order, whereas a load would not find them.
    /// </summary>
    private static void Unquote(IDocumentOperations operations, PostRetracted retracted)
    {
        foreach (var type in TimelineDescriptions.QuotingPost)
            operations.Patch<TimelineEntry>(x => x.ThemeId == retracted.ThemeId && x.ItemId == retracted.PostId && x.Type == type)
                .Set(x => x.Summary, TimelineDescriptions.Retracted(type));
    }

    /// <summary>
    /// PostgreSQL keeps event timestamps to the microsecond; inline, the event still has the .NET clock's
    /// 100 ns ticks. Truncating makes an entry the same whether projected inline or rebuilt from the store.
    /// </summary>
    public static DateTimeOffset AsStored(DateTimeOffset timestamp) => timestamp.AddTicks(-(timestamp.Ticks % 10));
}
