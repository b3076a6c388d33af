using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Integrations.Graph.Meetings;

/// <summary>A theme switched pace; if it went back to normal, a meeting booked for the urgent period that has not begun is cancelled.</summary>
public sealed record CancelUrgentMeeting(Guid ThemeId, Pace Pace, DateTimeOffset SwitchedAt);

/// <summary>
/// The urgent period ended early: the meeting the forum booked for it, if it has not begun, is cancelled in the
/// organiser's calendar (Graph tells the attendees) and the cancellation is recorded on the theme. The meeting is found
/// in the theme's stream, as the theme forgets it at the switch. A meeting Graph no longer has counts as cancelled; the
/// record's idempotency key makes a retry write nothing twice. A Graph failure is retried by Wolverine.
/// </summary>
public static class CancelUrgentMeetingHandler
{
    public static async Task Handle(CancelUrgentMeeting message, GraphSettings settings, GraphConnection graph, IQuerySession session,
        ForumCommands commands, TimeProvider clock, ILogger<CancelUrgentMeeting> log, CancellationToken ct)
    {
        if (!settings.IsOn || settings.MeetingOrganizer.Length == 0 || message.Pace != Pace.Normal) return;
        var events = (await session.Events.FetchStreamAsync(message.ThemeId, token: ct)).Select(e => e.Data).ToList();
        if (events.OfType<UrgentMeetingScheduled>().LastOrDefault() is not { } booked
            || booked.StartsAt <= message.SwitchedAt
            || events.OfType<UrgentMeetingCancelled>().Any(c => c.CalendarEventId == booked.CalendarEventId)) return;

        try
        {
            await graph.Client.Users[settings.MeetingOrganizer].Events[booked.CalendarEventId].Cancel.PostAsync(new CancelPostRequestBody
            {
                Comment = "Den hurtige handling i temaet er slut, før mødet skulle holdes, så Politikerforum har aflyst mødet."
            }, cancellationToken: ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            log.LogInformation("The urgent meeting {EventId} of theme {ThemeId} was already gone from the calendar", booked.CalendarEventId, message.ThemeId);
        }
        var record = new RecordUrgentMeetingCancelled(booked.CalendarEventId, booked.StartsAt, booked.ForSwitchAt) { ThemeId = message.ThemeId };
        if (await commands.RunAsync(Actor.Forum, record, $"graph:meeting-cancelled:{booked.CalendarEventId}", ct) is Refusal refusal)
            log.LogWarning("The urgent meeting {EventId} of theme {ThemeId} was cancelled but not recorded: {Detail}", booked.CalendarEventId, message.ThemeId, refusal.Detail);
    }
}
