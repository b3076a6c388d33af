using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

/// <summary>The forum itself records that it cancelled an urgent meeting in Microsoft 365; no person sends this.</summary>
public record RecordUrgentMeetingCancelled(
    [property: Required, StringLength(1_000)] string CalendarEventId,
    DateTimeOffset StartsAt, DateTimeOffset ForSwitchAt) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }
}

/// <summary>
/// A meeting is cancelled only when the urgent period it was booked for is over: while the theme is still urgent from
/// that very switch, the meeting is still wanted.
/// </summary>
public static class RecordingUrgentMeetingsCancelled
{
    public static Refusal? Refuses(Theme? theme, RecordUrgentMeetingCancelled command, Actor actor) =>
        !theme.CanSee(actor) ? Refusal.Unknown
        : !actor.RunsTheForum ? Refusal.Forbidden("Kun forummet selv registrerer de møder, det aflyser i Teams.")
        : theme!.Pace == Pace.Urgent && theme.UrgentSince == command.ForSwitchAt ? Refusal.Conflict("Den hurtige handling, mødet er til, er ikke slut.")
        : null;

    public static UrgentMeetingCancelled Decide(Theme theme, RecordUrgentMeetingCancelled command, DateTimeOffset now) =>
        new(theme.Id, command.CalendarEventId, command.StartsAt, command.ForSwitchAt, now);
}

public static class RecordUrgentMeetingCancelledHandler
{
    public static Task<ThemeStream> LoadAsync(RecordUrgentMeetingCancelled command, Marten.IDocumentSession session, CancellationToken ct) =>
        ThemeStream.FetchAsync(session, command.ThemeId, ct);

    public static Outcome Handle(RecordUrgentMeetingCancelled command, ThemeStream theme, Actor actor, TimeProvider clock) =>
        RecordingUrgentMeetingsCancelled.Refuses(theme.Theme, command, actor)
        ?? (Outcome)theme.Append(RecordingUrgentMeetingsCancelled.Decide(theme.Theme!, command, clock.GetUtcNow()));
}
