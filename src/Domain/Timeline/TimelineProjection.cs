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
    public override async ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is PostRetracted retracted) Unquote(operations, retracted);
        if (TimelineDescriptions.Describe(e.Data, await ItemTitles.LoadAsync(operations, e.Data, cancellation)) is { } described)
        {
            operations.Store(new TimelineEntry
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
