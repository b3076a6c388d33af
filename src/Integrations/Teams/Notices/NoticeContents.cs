using Marten;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Outbound;

namespace Politikerforum.Integrations.Teams.Notices;

/// <param name="Line">What the notice says in a digest's list.</param>
/// <param name="Card">The notice as a message of its own.</param>
/// <param name="Remember">The key its card is remembered under, when the card is later updated or answered.</param>
/// <param name="OwnMessage">The card goes as a message of its own in a digest too: it has buttons or takes likes.</param>
public sealed record NoticeContent(string Line, AdaptiveCard Card, string? Remember = null, bool OwnMessage = false);

/// <summary>What a notice says, read when it goes out: what has since been hidden or removed is not told.</summary>
public static class NoticeContents
{
    public static Task<NoticeContent?> OfAsync(IQuerySession session, Theme theme, ThemeNotice notice, CancellationToken ct) => notice.Kind switch
    {
        NoticeKind.DecisionProposed => ProposedAsync(session, notice.ItemId, ct),
        NoticeKind.DecisionConcluded => ConcludedAsync(session, theme, notice.ItemId, ct),
        NoticeKind.ExperimentConcluded => ExperimentAsync(session, notice.ItemId, ct),
        NoticeKind.LessonRecorded => LessonAsync(session, notice, ct),
        NoticeKind.CommitmentOverdue => OverdueAsync(session, theme, notice.ItemId, ct),
        NoticeKind.UrgentMeetingBooked => Task.FromResult(Meeting(theme)),
        _ => PaceAsync(session, theme, ct)
    };

    private static async Task<NoticeContent?> ProposedAsync(IQuerySession session, Guid id, CancellationToken ct) =>
        await ItemCards.DecisionAsync(session, id, ct) is var (decision, card)
            ? new($"Nyt forslag: »{decision.Title}« – tag stilling senest {Danish.Time(decision.Deadline)}", card,
                SentCard.Of(SentCard.Decision, decision.Id), OwnMessage: true)
            : null;

    private static async Task<NoticeContent?> ConcludedAsync(IQuerySession session, Theme theme, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<Decision>(id, ct) is not { } decision) return null;
        var verdict = $"Forslaget »{decision.Title}« er {Danish.Of(decision.Status).ToLowerInvariant()}";
        return new(verdict, NoticeCard.Build(verdict, decision.Rationale ?? "", new Fact("Tema", theme.Title)));
    }

    private static async Task<NoticeContent?> ExperimentAsync(IQuerySession session, Guid id, CancellationToken ct) =>
        await ItemCards.ExperimentAsync(session, id, ct) is var (experiment, card)
            ? new($"Eksperimentet »{experiment.Title}« er afsluttet ({(experiment.Outcome is { } outcome ? Danish.Of(outcome).ToLowerInvariant() : "uden udfald")}) – del jeres erfaringer",
                card, OwnMessage: true)
            : null;

    /// <summary>A Chatham House lesson is told as one, and its card names no one.</summary>
    private static async Task<NoticeContent?> LessonAsync(IQuerySession session, ThemeNotice notice, CancellationToken ct) =>
        await ItemCards.LessonAsync(session, notice.ItemId, ct) is var (lesson, card)
            ? new(notice.ChathamHouse ? $"Ny erfaring delt under Chatham House-reglen: »{lesson.Title}«" : $"Ny erfaring: »{lesson.Title}«",
                card, SentCard.Of(SentCard.Lesson, lesson.Id), OwnMessage: true)
            : null;

    private static async Task<NoticeContent?> OverdueAsync(IQuerySession session, Theme theme, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<Commitment>(id, ct) is not { Status: CommitmentStatus.Overdue } commitment) return null;
        var late = $"Tilsagnet fra {commitment.FromBody} om »{Danish.Shorten(commitment.What, 120)}« er ikke indfriet (frist {Danish.Date(commitment.DueOn)})";
        return new(late, NoticeCard.Build("Et tilsagn er ikke indfriet", late, new Fact("Tema", theme.Title)));
    }

    /// <summary>The theme's pace as it is now, with the reason the latest switch gave.</summary>
    private static async Task<NoticeContent?> PaceAsync(IQuerySession session, Theme theme, CancellationToken ct)
    {
        if (theme.Pace != Pace.Urgent || theme.UrgentUntil is not { } until)
        {
            var normal = $"Temaet »{theme.Title}« er tilbage i normalt tempo.";
            return new(normal, NoticeCard.Build("Normalt tempo igen", normal));
        }
        var switched = (await session.Events.FetchStreamAsync(theme.Id, token: ct)).Select(e => e.Data).OfType<PaceSwitched>().LastOrDefault();
        var urgent = $"Temaet »{theme.Title}« er i hurtig handling indtil {Danish.Time(until)}."
            + (switched?.Reason is { } reason ? $" Begrundelse: {Danish.Shorten(reason, 400)}" : "")
            + " Svar og stillingtagen haster, og fristerne er kortere.";
        return new(urgent, NoticeCard.Build("Hurtig handling", urgent));
    }

    /// <summary>
    /// The second pace notice of an urgent switch: the meeting the forum booked for it (Graph), with its Teams link. It
    /// follows the switch's notice in the theme's order, as booking takes a call to Microsoft 365 the switch must not wait for.
    /// </summary>
    private static NoticeContent? Meeting(Theme theme)
    {
        if (theme.Pace != Pace.Urgent || theme.UrgentMeeting is not { } meeting) return null;
        var text = $"Til den hurtige handling i temaet »{theme.Title}« er der indkaldt til et møde i Teams {Danish.Time(meeting.StartsAt)}"
            + $"–{Danish.Time(meeting.EndsAt)[^5..]}. Deltagerne er inviteret. Deltag via linket: {meeting.JoinUrl}";
        return new($"Møde i Teams om den hurtige handling {Danish.Time(meeting.StartsAt)}: {meeting.JoinUrl}",
            NoticeCard.Build("Hurtig handling: møde i Teams", text, new Fact("Tema", theme.Title)));
    }
}
