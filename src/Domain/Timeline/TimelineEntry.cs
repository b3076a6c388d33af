using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Politikerforum.Domain.Timeline;

/// <summary>
/// One event as the theme's timeline shows it. Identified by the event's global sequence, which is
/// also the paging cursor. Actor names are not copied in: they are read from the registry when the
/// timeline is shown, so a changed or erased name is never left behind here.
/// </summary>
public sealed class TimelineEntry
{
    public long Id { get; set; }
    public Guid ThemeId { get; set; }
    public DateTimeOffset Time { get; set; }
    public string Type { get; set; } = "";
    public Guid ActorId { get; set; }
    public string? ActorRole { get; set; }
    public Guid? SubjectMemberId { get; set; }
    public Guid? ItemId { get; set; }
    public string Summary { get; set; } = "";
}

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
                // A Chatham House author is never copied here, not even as an id.
                ActorId = described.Anonymous ? Guid.Empty : EventActor.IdOf(e),
                ActorRole = described.Anonymous ? EventActor.Anonymous : EventActor.RoleOf(e),
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
