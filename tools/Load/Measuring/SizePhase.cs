using Marten;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// <c>timeline_page_p99_ms</c> with the whole seeded store in place: one client, nothing else running, pages at
/// the start, middle and end of the largest and of the smallest theme. The headline is the worst position's p99,
/// since a page that is slow at one position is slow for whoever reads there.
/// </summary>
public static class SizePhase
{
    public sealed record Position(string Theme, int Entries, string Where, long? After, Figures Figures);

    public static async Task<List<Position>> MeasureAsync(IDocumentStore store, Manifest manifest, ForumClient http, string token, int requests)
    {
        var positions = new List<Position>();
        foreach (var (label, theme) in new[] { ("largest", manifest.Themes.MaxBy(t => t.Events)!), ("smallest", manifest.Themes.MinBy(t => t.Events)!) })
        {
            var entries = await TimelinePages.EntriesAsync(store, theme.Id);
            var cursors = new (string, long?)[]
            {
                ("start", null),
                ("middle", entries[entries.Length / 2]),
                ("end", entries.Length > TimelinePages.PageSize ? entries[^(TimelinePages.PageSize + 1)] : null)
            };
            foreach (var (where, after) in cursors)
            {
                var path = TimelinePages.Path(theme.Id, after);
                var samples = new List<Sample>();
                for (var i = 0; i < requests; i++) samples.Add((await http.SendAsync("size", HttpMethod.Get, path, token, null, CancellationToken.None)).Sample);
                positions.Add(new Position(label, entries.Length, where, after, Figures.Of(samples, samples.Sum(s => s.Milliseconds) / 1000)));
            }
        }
        return positions;
    }
}
