using Marten;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Timeline;

/// <summary>How much happened in a theme lately: entries of its timeline in the last 7 and the last 30 days.</summary>
public sealed record RecentActivity(int LastWeek, int LastMonth)
{
    public static readonly RecentActivity None = new(0, 0);
}

/// <param name="Monday">The first day of the week, in Danish time.</param>
/// <param name="PerLevel">Every level, also those that did nothing that week.</param>
/// <param name="Others">The secretariat, the forum itself and Chatham House authors, whose level must not show.</param>
public sealed record ActivityWeek(DateOnly Monday, IReadOnlyDictionary<Level, int> PerLevel, int Others)
{
    public int Total => PerLevel.Values.Sum() + Others;
}

/// <summary>A theme's activity week by week, by the level of whoever acted, oldest week first.</summary>
public sealed record ThemeActivity(Guid ThemeId, IReadOnlyList<ActivityWeek> Weeks);

/// <summary>
/// Activity counted from the timeline: the same entries the actor may read there, so no count gives away a lesson kept
/// from them. Who acted is placed at their level as the registry knows it now, as the timeline's level filter does.
/// </summary>
public static class ActivityReads
{
    private sealed record Counted(Guid ThemeId, DateTimeOffset Time, Guid ActorId);

    /// <summary>The themes' activity in the last 7 and 30 days up to <paramref name="now"/>; themes the actor may not see are left out.</summary>
    public static async Task<IReadOnlyDictionary<Guid, RecentActivity>> RecentAsync(
        IQuerySession session, Actor actor, IReadOnlyCollection<Guid> themes, DateTimeOffset now, CancellationToken ct)
    {
        var visible = (await VisibleThemes.IdsAsync(session, actor, null, ct)).Intersect(themes).ToArray();
        var entries = await ReadableAsync(session, actor, visible, now - TimeSpan.FromDays(30), ct);
        var weekAgo = now - TimeSpan.FromDays(7);
        return visible.ToDictionary(id => id, id => new RecentActivity(
            entries.Count(e => e.ThemeId == id && e.Time >= weekAgo), entries.Count(e => e.ThemeId == id)));
    }

    /// <summary>
    /// The last <paramref name="weeks"/> Danish weeks up to and including the one of <paramref name="now"/>;
    /// null when the actor may not see the theme.
    /// </summary>
    public static async Task<ThemeActivity?> WeeklyAsync(
        IQuerySession session, Guid themeId, Actor actor, DateTimeOffset now, int weeks, CancellationToken ct)
    {
        if (!(await session.LoadAsync<Theme>(themeId, ct)).CanSee(actor)) return null;
        var first = DanishTime.MondayOf(DanishTime.DateOf(now)).AddDays(-7 * (Math.Max(weeks, 1) - 1));
        var entries = await ReadableAsync(session, actor, [themeId], DanishTime.StartOf(first), ct);
        var members = (await session.LoadManyAsync<Member>(ct, entries.Select(e => e.ActorId).Distinct().ToArray())).ToDictionary(m => m.Id, m => m.Level);
        var byWeek = entries.ToLookup(e => DanishTime.MondayOf(DanishTime.DateOf(e.Time)));
        return new ThemeActivity(themeId, [.. Enumerable.Range(0, Math.Max(weeks, 1)).Select(i => first.AddDays(7 * i)).Select(monday =>
        {
            var week = byWeek[monday].Select(e => members.TryGetValue(e.ActorId, out var level) ? level : (Level?)null).ToList();
            return new ActivityWeek(monday, Levels.All.ToDictionary(level => level, level => week.Count(l => l == level)), week.Count(l => l is null));
        })]);
    }

    /// <summary>
    /// The timeline entries of the themes since the moment, without those of lessons the actor may not read. Events are
    /// stamped by the event store's clock, which may run a little ahead of the one passed in: what was just done counts.
    /// </summary>
    private static async Task<IReadOnlyList<Counted>> ReadableAsync(
        IQuerySession session, Actor actor, Guid[] themes, DateTimeOffset since, CancellationToken ct)
    {
        if (themes.Length == 0) return [];
        var unreadable = await session.UnreadableLessonIdsAsync(themes, actor, ct);
        var query = session.Query<TimelineEntry>().Where(e => themes.Contains(e.ThemeId) && e.Time >= since);
        if (unreadable.Length > 0) query = query.Where(e => e.ItemId == null || !unreadable.Contains(e.ItemId));
        return await query.Select(e => new Counted(e.ThemeId, e.Time, e.ActorId)).ToListAsync(ct);
    }
}
