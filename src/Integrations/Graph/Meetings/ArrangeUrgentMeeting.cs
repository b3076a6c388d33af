using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Integrations.Graph.Meetings;

/// <summary>A theme switched pace; if it is now urgent and wants meetings, the forum books one (<see cref="SwitchedAt"/> names the switch).</summary>
public sealed record ArrangeUrgentMeeting(Guid ThemeId, DateTimeOffset SwitchedAt);

/// <summary>
/// Books the urgent meeting as a calendar event with a Teams link in the organiser's calendar (<c>Graph:MeetingOrganizer</c>),
/// the theme's participants invited, and records it on the theme, which puts its link in the pace notice. Graph's
/// <c>transactionId</c> is derived from the switch, so a retry after a crash books nothing twice; the record's
/// idempotency key does the same on the forum's side. A Graph failure is retried by Wolverine.
/// </summary>
public static class ArrangeUrgentMeetingHandler
{
    public static async Task Handle(ArrangeUrgentMeeting message, GraphSettings settings, GraphConnection graph, IQuerySession session,
        ForumCommands commands, TimeProvider clock, ILogger<ArrangeUrgentMeeting> log, CancellationToken ct)
    {
        if (!settings.IsOn || await session.LoadAsync<Theme>(message.ThemeId, ct) is not { } theme || !Wanted(theme, message)) return;
        if (settings.MeetingOrganizer.Length == 0)
        {
            log.LogWarning("Theme {ThemeId} wants a Teams meeting for its urgent period, but Graph:MeetingOrganizer is not set", theme.Id);
            return;
        }
        if (MeetingTimes.Within(clock.GetUtcNow(), theme.UrgentUntil!.Value) is not var (starts, ends)) return;

        var invited = await session.Query<Member>()
            .Where(m => m.Id.IsOneOf(theme.Participants.Select(p => p.MemberId).ToArray()) && m.LeftAt == null && m.ErasedAt == null)
            .ToListAsync(ct);
        var booked = await graph.Client.Users[settings.MeetingOrganizer].Events.PostAsync(new Event
        {
            Subject = $"Hurtig handling: {theme.Title}",
            Body = new ItemBody
            {
                ContentType = BodyType.Text,
                Content = $"Temaet »{theme.Title}« i Politikerforum er sat i hurtig handling indtil {Danish(theme.UrgentUntil!.Value)}. "
                    + "Forummet har indkaldt til mødet, så deltagerne kan handle hurtigt sammen."
            },
            Start = new DateTimeTimeZone { DateTime = starts.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss"), TimeZone = "UTC" },
            End = new DateTimeTimeZone { DateTime = ends.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss"), TimeZone = "UTC" },
            Attendees = [.. invited.Where(m => m.Email.Length > 0).Select(m => new Attendee
            {
                EmailAddress = new EmailAddress { Address = m.Email, Name = m.Name }, Type = AttendeeType.Required
            })],
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            AllowNewTimeProposals = false,
            TransactionId = $"politikerforum-{theme.Id:N}-{message.SwitchedAt.UtcTicks}"
        }, cancellationToken: ct);
        if (booked?.Id is not { } eventId || booked.OnlineMeeting?.JoinUrl is not { } joinUrl)
            throw new InvalidDataException($"Graph booked the urgent meeting of theme {theme.Id} without an id or a Teams link.");

        var record = new RecordUrgentMeeting(eventId, joinUrl, starts, ends, message.SwitchedAt) { ThemeId = theme.Id };
        if (await commands.RunAsync(Actor.Forum, record, $"graph:meeting:{theme.Id}:{message.SwitchedAt.UtcTicks}", ct) is Refusal refusal)
            log.LogWarning("The urgent meeting {EventId} of theme {ThemeId} was booked but not recorded: {Detail}", eventId, theme.Id, refusal.Detail);
    }

    /// <summary>Still the urgent period this switch began, meetings still wanted, and none booked yet.</summary>
    private static bool Wanted(Theme theme, ArrangeUrgentMeeting message) =>
        theme.UrgentMeetings && theme.Pace == Pace.Urgent && theme.UrgentSince == message.SwitchedAt && theme.UrgentUntil is not null
        && theme.UrgentMeeting is null && !theme.IsArchived;

    private static string Danish(DateTimeOffset time) => Politikerforum.Domain.Timeline.TimelineDescriptions.Danish(time);
}
