namespace Politikerforum.Domain.Themes;

// Meetings live on the theme's own stream, like its pace; the folder only keeps the feature together.

/// <summary>The secretariat chose whether an urgent switch of the theme brings a Teams meeting with it.</summary>
public record UrgentMeetingsChosen(Guid ThemeId, bool On, Guid ChosenBy, DateTimeOffset ChosenAt);

/// <summary>
/// The forum booked an online meeting for the theme's participants within its urgent period: a calendar event in
/// Microsoft 365 (<see cref="CalendarEventId"/>) with a Teams link. <see cref="ForSwitchAt"/> is the switch it answers.
/// </summary>
public record UrgentMeetingScheduled(
    Guid ThemeId, string CalendarEventId, string JoinUrl, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset ForSwitchAt,
    DateTimeOffset ScheduledAt);

/// <summary>
/// The urgent period ended before its meeting began, so the forum cancelled the calendar event in Microsoft 365 and the
/// participants were told by Outlook. <see cref="ForSwitchAt"/> is the switch the meeting was booked for.
/// </summary>
public record UrgentMeetingCancelled(Guid ThemeId, string CalendarEventId, DateTimeOffset StartsAt, DateTimeOffset ForSwitchAt, DateTimeOffset CancelledAt);

/// <summary>The meeting the forum booked for the theme's current urgent period.</summary>
public sealed record UrgentMeeting(string JoinUrl, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset ForSwitchAt);
