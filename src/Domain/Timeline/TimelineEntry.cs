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
