using Marten;

namespace Politikerforum.Domain.Themes;

/// <summary>A theme as the list shows it: a part of <see cref="ThemeDetail"/>, under the same names.</summary>
/// <param name="Pace">Urgent ("hurtig handling") until <paramref name="UrgentUntil"/>: notices about the theme go out at once, not in digests.</param>
/// <param name="ParticipantsPerLevel">Every level, also those with no participant.</param>
public sealed record ThemeSummary(
    Guid Id, string Title, Visibility Visibility, bool Archived, int ParticipantCount, DateTimeOffset OpenedAt,
    Pace Pace, DateTimeOffset? UrgentUntil, IReadOnlyDictionary<Level, int> ParticipantsPerLevel)
{
    /// <param name="names">Loaded for the theme's participants: erased ones leave the counts (<see cref="Participation"/>).</param>
    public static ThemeSummary Of(Theme t, ActorNames names)
    {
        var present = t.Present(names);
        return new(t.Id, t.Title, t.Visibility, t.IsArchived, present.Count, t.OpenedAt, t.Pace, t.UrgentUntil, PerLevel(present));
    }

    public static IReadOnlyDictionary<Level, int> PerLevel(IReadOnlyList<Participant> present) =>
        Levels.All.ToDictionary(level => level, level => present.Count(p => p.Level == level));
}

/// <summary>A participant: the member it is about, by id and name, with the level and body they joined from.</summary>
public sealed record ThemeParticipant(Guid MemberId, string Name, Level Level, string Body, DateTimeOffset JoinedAt);

/// <summary>A participant's pace request still waiting for a participant from another level, until <see cref="ExpiresAt"/>.</summary>
public sealed record PendingPaceRequest(Guid MemberId, string Name, Level Level, Pace Pace, string? Reason, DateTimeOffset? Until, DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt);

/// <summary>A theme as every door shows it: who takes part from which level, its pace, and the pace requests still waiting.</summary>
/// <param name="TeamsChannel">The channel that is the theme's place in Teams, if one is linked.</param>
/// <param name="UrgentMeetings">An urgent switch books a Teams meeting for the participants (<paramref name="UrgentMeeting"/>, once booked).</param>
public sealed record ThemeDetail(
    Guid Id, string Title, string Description, Visibility Visibility, bool Archived, DateTimeOffset OpenedAt,
    DateTimeOffset? ArchivedAt, int Version, int ParticipantCount, IReadOnlyDictionary<Level, int> ParticipantsPerLevel,
    IReadOnlyList<ThemeParticipant> Participants, Pace Pace, DateTimeOffset? UrgentUntil, IReadOnlyList<PendingPaceRequest> PaceRequests,
    LinkedChannel? TeamsChannel, bool UrgentMeetings, UrgentMeeting? UrgentMeeting)
{
    /// <param name="now">Requests lapse with time, so which still wait depends on when one looks.</param>
    /// <param name="names">Loaded for the theme's participants: erased ones leave the lists (<see cref="Participation"/>).</param>
    public static ThemeDetail Of(Theme theme, ActorNames names, DateTimeOffset now)
    {
        var present = theme.Present(names);
        return new(
            theme.Id, theme.Title, theme.Description, theme.Visibility, theme.IsArchived, theme.OpenedAt, theme.ArchivedAt, theme.Version,
            present.Count, ThemeSummary.PerLevel(present),
            [.. present.Select(p => new ThemeParticipant(p.MemberId, names.NameOf(p.MemberId), p.Level, p.Body, p.JoinedAt))],
            theme.Pace, theme.UrgentUntil,
            [.. theme.PendingRequests(now).Where(r => !names.IsErased(r.MemberId)).Select(r =>
                new PendingPaceRequest(r.MemberId, names.NameOf(r.MemberId), r.Level, r.Pace, r.Reason, r.Until, r.RequestedAt, r.RequestedAt + SwitchingPace.RequestLifetime))],
            theme.TeamsChannel, theme.UrgentMeetings, theme.UrgentMeeting);
    }
}

public static class ThemeReads
{
    /// <summary>The themes the actor may see, optionally only archived or open ones, or those in one pace.</summary>
    public static async Task<Page<ThemeSummary>> ListAsync(
        IQuerySession session, Actor actor, bool? archived, Pace? pace, Guid? after, int? limit, CancellationToken ct)
    {
        var query = VisibleThemes.For(session, actor);
        if (pace is { } p) query = query.Where(t => t.Pace == p);
        if (archived is { } a) query = a ? query.Where(t => t.ArchivedAt != null) : query.Where(t => t.ArchivedAt == null);
        if (after is { } cursor) query = query.Where(t => t.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(t => t.Id), limit, t => t.Id.ToString(), ct);
        var names = await ActorNames.LoadAsync(session, page.Items.SelectMany(t => t.Participants.Select(p => p.MemberId)), ct);
        return new Page<ThemeSummary>([.. page.Items.Select(t => ThemeSummary.Of(t, names))], page.Next);
    }

    /// <summary>Null for an unknown theme and for one the actor may not see alike: both are answered as unknown.</summary>
    public static async Task<ThemeDetail?> GetAsync(IQuerySession session, Guid id, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var theme = await session.LoadAsync<Theme>(id, ct);
        if (!theme.CanSee(actor)) return null;
        return ThemeDetail.Of(theme, await ActorNames.LoadAsync(session, theme.Participants.Select(p => p.MemberId), ct), now);
    }
}
