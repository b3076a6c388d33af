using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Http;
using Wolverine.Http;

namespace Politikerforum.Host.Themes;

public sealed record ThemeParticipant(Guid MemberId, string Name, Level Level, string Body, DateTimeOffset JoinedAt);

/// <param name="Pace">Urgent ("hurtig handling") until <paramref name="UrgentUntil"/>: notices about the theme go out at once, not in digests.</param>
public sealed record ThemeSummary(
    Guid Id, string Title, Visibility Visibility, bool Archived, int Participants, DateTimeOffset OpenedAt,
    Pace Pace, DateTimeOffset? UrgentUntil);

/// <summary>A participant's pace request still waiting for a participant from another level, until <see cref="ExpiresAt"/>.</summary>
public sealed record PendingPaceRequest(Guid MemberId, Level Level, Pace Pace, string? Reason, DateTimeOffset? Until, DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt);

public sealed record ThemeDetail(
    Guid Id, string Title, string Description, Visibility Visibility, bool Archived, DateTimeOffset OpenedAt,
    DateTimeOffset? ArchivedAt, int Version, IReadOnlyDictionary<Level, int> ParticipantsPerLevel,
    IReadOnlyList<ThemeParticipant> Participants, Pace Pace, DateTimeOffset? UrgentUntil, IReadOnlyList<PendingPaceRequest> PaceRequests);

public static class ThemeQueries
{
    [WolverineGet("/api/themes", Name = "ListThemes")]
    public static async Task<Page<ThemeSummary>> List(
        Actor actor, IQuerySession session, bool? archived, Pace? pace, Guid? after, int? limit, CancellationToken ct)
    {
        var query = VisibleThemes.For(session, actor);
        if (pace is { } p) query = query.Where(t => t.Pace == p);
        if (archived is { } a) query = a ? query.Where(t => t.ArchivedAt != null) : query.Where(t => t.ArchivedAt == null);
        if (after is { } cursor) query = query.Where(t => t.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(t => t.Id), limit, t => t.Id.ToString(), ct);
        return new Page<ThemeSummary>(
            page.Items.Select(t => new ThemeSummary(t.Id, t.Title, t.Visibility, t.IsArchived, t.Participants.Count, t.OpenedAt, t.Pace, t.UrgentUntil)).ToList(),
            page.Next);
    }

    [WolverineGet("/api/themes/{id}", Name = "GetTheme")]
    public static async Task<IResult> Get(Guid id, Actor actor, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var theme = await session.LoadAsync<Theme>(id, ct);
        if (theme is null || !theme.CanSee(actor)) return ThemeAccess.Unknown.ToResult();

        var ids = theme.Participants.Select(p => p.MemberId).ToArray();
        var names = (await session.LoadManyAsync<Member>(ct, ids)).ToDictionary(m => m.Id, m => m.Name);
        return Results.Ok(new ThemeDetail(
            theme.Id, theme.Title, theme.Description, theme.Visibility, theme.IsArchived, theme.OpenedAt, theme.ArchivedAt,
            theme.Version,
            Levels.All.ToDictionary(level => level, level => theme.Participants.Count(p => p.Level == level)),
            theme.Participants
                .Select(p => new ThemeParticipant(p.MemberId, names.GetValueOrDefault(p.MemberId, "Tidligere medlem"), p.Level, p.Body, p.JoinedAt))
                .ToList(),
            theme.Pace, theme.UrgentUntil,
            theme.PendingRequests(clock.GetUtcNow())
                .Select(r => new PendingPaceRequest(r.MemberId, r.Level, r.Pace, r.Reason, r.Until, r.RequestedAt, r.RequestedAt + PaceSwitching.RequestLifetime))
                .ToList()));
    }
}
