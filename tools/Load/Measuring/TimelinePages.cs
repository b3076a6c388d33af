using Marten;
using Politikerforum.Domain.Timeline;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// Where pages of a theme's timeline start: the cursors (<c>after</c>, the last sequence seen) spread evenly over
/// the theme's entries, read from the timeline read model itself just before they are used.
/// </summary>
public static class TimelinePages
{
    public const int PageSize = 50;

    public static async Task<long[]> EntriesAsync(IDocumentStore store, Guid theme)
    {
        await using var session = store.QuerySession();
        var ids = await session.Query<TimelineEntry>().Where(e => e.ThemeId == theme).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        return ids.ToArray();
    }

    /// <summary><paramref name="count"/> cursors that each leave a full page after them.</summary>
    public static long[] Spread(long[] entries, int count) =>
        entries.Length <= PageSize
            ? [0]
            : Enumerable.Range(0, count).Select(i => entries[(int)((long)i * (entries.Length - PageSize) / count)]).Distinct().ToArray();

    public static string Path(Guid theme, long? after, int limit = PageSize) =>
        $"/api/themes/{theme}/timeline?limit={limit}" + (after is { } cursor and > 0 ? $"&after={cursor}" : "");
}
