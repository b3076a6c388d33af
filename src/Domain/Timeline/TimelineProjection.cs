using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Politikerforum.Domain.Timeline;

/// <summary>Writes a <see cref="TimelineEntry"/> for every event that belongs to a theme, as it is appended.</summary>
public partial class TimelineProjection : EventProjection
{
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (TimelineDescriptions.Describe(e.Data) is { } described)
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
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// PostgreSQL keeps event timestamps to the microsecond; inline, the event still has the .NET clock's
    /// 100 ns ticks. Truncating makes an entry the same whether projected inline or rebuilt from the store.
    /// </summary>
    public static DateTimeOffset AsStored(DateTimeOffset timestamp) => timestamp.AddTicks(-(timestamp.Ticks % 10));
}
