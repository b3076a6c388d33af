namespace Politikerforum.Domain.Audit;

/// <summary>
/// One event in the audit trail: who did what and when, anywhere in the forum. Keyed by the event's
/// global sequence, which is also the paging cursor. Names are not copied in but read when shown, so
/// an erased member leaves no name here. A Chatham House author and an endorser are never recorded, not even as an id.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset Time { get; set; }
    /// <summary>Null where the actor must not be known: the author of a Chatham House lesson, whoever endorsed a lesson.</summary>
    public Guid? ActorId { get; set; }
    public string? ActorRole { get; set; }
    public string Type { get; set; } = "";
    /// <summary>Null for what happens outside themes: members, organisations, staff.</summary>
    public Guid? ThemeId { get; set; }
    public Guid? ItemId { get; set; }
    /// <summary>For events outside themes; an event in a theme is summarised by its timeline entry (<see cref="AuditTrailProjection"/>).</summary>
    public string? Summary { get; set; }
    /// <summary>The member an event outside themes is about, named in <see cref="Summary"/> when shown.</summary>
    public Guid? SubjectMemberId { get; set; }
}
