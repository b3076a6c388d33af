using Marten;

namespace Politikerforum.Load.Measuring;

/// <summary>
/// The read load: timeline pages of the largest themes from random cursors, the forum's counterpart of
/// pg_page_tps (50 entries of a large theme from a random position).
/// </summary>
public sealed class ReadLoad(IReadOnlyList<(Guid Theme, long[] Cursors)> targets, Tokens tokens, ForumClient http)
{
    public const int Themes = 4;

    public static async Task<ReadLoad> ForLargestThemesAsync(IDocumentStore store, Manifest manifest, Tokens tokens, ForumClient http)
    {
        var targets = new List<(Guid, long[])>();
        foreach (var theme in manifest.Themes.OrderByDescending(t => t.Events).Take(Themes))
            targets.Add((theme.Id, TimelinePages.Spread(await TimelinePages.EntriesAsync(store, theme.Id), 500)));
        return new ReadLoad(targets, tokens, http);
    }

    public async Task<Sample> NextAsync(int client, Random random, CancellationToken ct)
    {
        var (theme, cursors) = targets[random.Next(targets.Count)];
        var path = TimelinePages.Path(theme, cursors[random.Next(cursors.Length)]);
        return (await http.SendAsync("timeline", HttpMethod.Get, path, tokens.For(WriteMix.MemberOf(client)), null, ct)).Sample;
    }
}
