namespace Politikerforum.Domain.Themes;

public enum Visibility { Public, Forum, Closed }
public enum Pace { Normal, Urgent }

public record ThemeOpened(Guid ThemeId, string Title, string Description, Visibility Visibility, Guid OpenedBy, DateTimeOffset OpenedAt);
public record ThemeUpdated(Guid ThemeId, string Title, string Description, Visibility Visibility, Guid UpdatedBy, DateTimeOffset UpdatedAt);
public record ThemeArchived(Guid ThemeId, Guid ArchivedBy, DateTimeOffset ArchivedAt);

/// <summary>A member took part in the theme; level and body are as they were when they joined.</summary>
public record ParticipantJoined(Guid ThemeId, Guid MemberId, Level Level, string Body, Guid AddedBy, DateTimeOffset JoinedAt);
public record ParticipantLeft(Guid ThemeId, Guid MemberId, Guid RemovedBy, DateTimeOffset LeftAt);

public sealed record Participant(Guid MemberId, Level Level, string Body, DateTimeOffset JoinedAt);

/// <summary>
/// A cross-cutting challenge. The write state for theme rules and, stored inline, the theme
/// list and detail read model.
/// </summary>
public sealed record Theme(
    Guid Id, string Title, string Description, Visibility Visibility, Guid OpenedBy, DateTimeOffset OpenedAt,
    DateTimeOffset? ArchivedAt, IReadOnlyList<Participant> Participants, int Version)
{
    /// <summary>Normal, or urgent ("hurtig handling") until <see cref="UrgentUntil"/>.</summary>
    public Pace Pace { get; init; } = Pace.Normal;
    public DateTimeOffset? UrgentUntil { get; init; }

    /// <summary>When the current urgent period began: the switch a meeting is booked for.</summary>
    public DateTimeOffset? UrgentSince { get; init; }

    /// <summary>The secretariat chose that an urgent switch books a Teams meeting for the participants.</summary>
    public bool UrgentMeetings { get; init; }

    /// <summary>The meeting booked for the current urgent period, once the forum has booked it.</summary>
    public UrgentMeeting? UrgentMeeting { get; init; }

    /// <summary>Participants' requests for a pace switch, waiting for a participant from another level.</summary>
    public IReadOnlyList<PaceRequest> PaceRequests { get; init; } = [];

    /// <summary>The Teams channel that is the theme's place in Teams, if the secretariat linked one.</summary>
    public LinkedChannel? TeamsChannel { get; init; }

    /// <summary>
    /// Whether a Teams channel was ever linked: only then can the bot have posted cards about the theme's items, which
    /// stay in the channel after an unlink and are still kept current (<see cref="TeamsNews"/>). Null in a theme
    /// stored before this was kept, which counts as yes until the projection is rebuilt.
    /// </summary>
    public bool? HasBeenInTeams { get; init; }

    public bool IsArchived => ArchivedAt is not null;

    public bool HasParticipant(Guid? memberId) => Participants.Any(p => p.MemberId == memberId);

    public static Theme Create(ThemeOpened e) =>
        new(e.ThemeId, e.Title, e.Description, e.Visibility, e.OpenedBy, e.OpenedAt, null, [], 1) { HasBeenInTeams = false };

    public static Theme Apply(ThemeUpdated e, Theme t) =>
        t with { Title = e.Title, Description = e.Description, Visibility = e.Visibility };

    public static Theme Apply(ThemeArchived e, Theme t) => t with { ArchivedAt = e.ArchivedAt };

    public static Theme Apply(ParticipantJoined e, Theme t) =>
        t with { Participants = [.. t.Participants, new Participant(e.MemberId, e.Level, e.Body, e.JoinedAt)] };

    public static Theme Apply(ParticipantLeft e, Theme t) =>
        t with { Participants = t.Participants.Where(p => p.MemberId != e.MemberId).ToList() };

    /// <summary>Requests lapsed by the time of this one are dropped, so the list stays short; the rules ignore lapsed ones anyway.</summary>
    public static Theme Apply(PaceSwitchRequested e, Theme t) => t with
    {
        PaceRequests =
        [
            .. t.PaceRequests.Where(r => e.RequestedAt < r.RequestedAt + SwitchingPace.RequestLifetime),
            new PaceRequest(e.RequestedBy, e.Level, e.Pace, e.Reason, e.Until, e.RequestedAt)
        ]
    };

    /// <summary>Any switch answers the requests that were waiting.</summary>
    public static Theme Apply(PaceSwitched e, Theme t) => t with
    {
        Pace = e.Pace, UrgentUntil = e.Until, UrgentSince = e.Pace == Pace.Urgent ? e.SwitchedAt : null, UrgentMeeting = null, PaceRequests = []
    };

    public static Theme Apply(PaceReverted e, Theme t) =>
        t with { Pace = Pace.Normal, UrgentUntil = null, UrgentSince = null, UrgentMeeting = null, PaceRequests = [] };

    public static Theme Apply(UrgentMeetingsChosen e, Theme t) => t with { UrgentMeetings = e.On };

    public static Theme Apply(UrgentMeetingScheduled e, Theme t) => t with { UrgentMeeting = new UrgentMeeting(e.JoinUrl, e.StartsAt, e.EndsAt, e.ForSwitchAt) };

    public static Theme Apply(TeamsChannelLinked e, Theme t) => t with { TeamsChannel = new LinkedChannel(e.TeamId, e.ChannelId), HasBeenInTeams = true };

    public static Theme Apply(TeamsChannelUnlinked e, Theme t) => t with { TeamsChannel = null };
}
