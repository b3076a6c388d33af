using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

/// <summary>The forum itself records the meeting it booked in Microsoft 365 for an urgent switch; no person sends this.</summary>
public record RecordUrgentMeeting(
    [property: Required, StringLength(1_000)] string CalendarEventId,
    [property: Required, StringLength(2_000), Url] string JoinUrl,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset ForSwitchAt) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }
}

/// <summary>
/// A meeting belongs to the urgent period it was booked for: the theme must still be in that period (a switch back
/// to normal, or a newer switch, makes it late), it must still want meetings, and one per switch.
/// </summary>
public static class RecordingUrgentMeetings
{
    public static Refusal? Refuses(Theme? theme, RecordUrgentMeeting command, Actor actor) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum ? Refusal.Forbidden("Kun forummet selv registrerer de møder i Teams, det indkalder til.")
        : !theme!.UrgentMeetings ? Refusal.Conflict("Forummet indkalder ikke til møder i Teams, når dette tema går i hurtig handling.")
        : theme.Pace != Pace.Urgent || theme.UrgentSince != command.ForSwitchAt ? Refusal.Conflict("Den hurtige handling, mødet var til, er slut.")
        : theme.UrgentMeeting is not null ? Refusal.Conflict("Forummet har allerede indkaldt til et møde om denne hurtige handling.")
        : command.EndsAt <= command.StartsAt ? Refusal.Invalid("Mødet skal slutte, efter det begynder.")
        : null;

    public static UrgentMeetingScheduled Decide(Theme theme, RecordUrgentMeeting command, DateTimeOffset now) =>
        new(theme.Id, command.CalendarEventId, command.JoinUrl, command.StartsAt, command.EndsAt, command.ForSwitchAt, now);
}

public static class RecordUrgentMeetingHandler
{
    public static Task<ThemeStream> LoadAsync(RecordUrgentMeeting command, Marten.IDocumentSession session, CancellationToken ct) =>
        ThemeStream.FetchAsync(session, command.ThemeId, ct);

    public static Outcome Handle(RecordUrgentMeeting command, ThemeStream theme, Actor actor, TimeProvider clock) =>
        RecordingUrgentMeetings.Refuses(theme.Theme, command, actor) ?? (Outcome)theme.Append(RecordingUrgentMeetings.Decide(theme.Theme!, command, clock.GetUtcNow()));
}
