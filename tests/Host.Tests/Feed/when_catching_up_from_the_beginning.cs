using System.Diagnostics;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Tests.Support;
using Xunit.Abstractions;

namespace Politikerforum.Host.Tests.Feed;

/// <summary>
/// An integrator that starts from sequence 0 reads the whole store through the feed at tens of thousands of events a
/// second. The figure is printed as <c>feed_events_per_s=…</c> for ops/bench; the test fails only far below the target,
/// as the machines here are shared and noisy.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed class when_catching_up_from_the_beginning(ITestOutputHelper output)
{
    private const int Events = 50_000, Floor = 5_000;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    [Fact]
    public async Task the_whole_store_is_read_fast()
    {
        await using var forum = await SeparateForum.CreateAsync();
        await using var host = await forum.StartHostAsync();
        var admin = new Caller(host, Tokens.For("admin", "admin-oid"));
        var open = await admin.OpenThemeAsync("public");
        var closed = await admin.OpenThemeAsync("forum");
        var store = host.Services.GetRequiredService<IDocumentStore>();
        for (var written = 0; written < Events; written += 5_000)
        {
            await using var session = store.LightweightSession();
            for (var i = written; i < written + 5_000; i++)
            {
                var id = Guid.CreateVersion7();
                session.Events.StartStream<Post>(id, new PostPublished(id, i % 10 == 0 ? closed : open, id, null,
                    $"Indlæg nummer {i} om fælles vagtplaner på tværs af kommunegrænser.", Guid.Empty, DateTimeOffset.UtcNow));
            }
            await session.SaveChangesAsync();
        }
        await store.CaughtUpAsync();

        var integrator = new Caller(host, Tokens.For("integrator", "integrator-oid"));
        // Timed as an integrator's client would fetch: page after page over HTTP, following the next link.
        var watch = Stopwatch.StartNew();
        var (pages, bytes, url) = (0, 0L, "/api/feed?limit=5000");
        while (true)
        {
            var response = await integrator.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            (pages, bytes) = (pages + 1, bytes + body.Length);
            if (body.Length <= 2) break;
            var link = response.Headers.GetValues("Link").Single();
            url = link[1..link.IndexOf('>')];
        }
        watch.Stop();

        var rate = (int)((Events + 2) / watch.Elapsed.TotalSeconds);
        output.WriteLine($"feed_events_per_s={rate} ({Events + 2} stored events read from sequence 0 in {watch.Elapsed.TotalSeconds:F2} s, " +
                         $"{pages} pages of GET /api/feed?limit=5000, {bytes / 1_000_000.0:F1} MB; load average {LoadAverage()})");
        // Then, untimed: what came is every public event, as the CNCF SDK reads it.
        var (events, _) = await integrator.WholeFeedAsync("?limit=5000");
        Assert.Equal(1 + Events - Events / 10, events.Count);
        Assert.True(rate >= Floor, $"The feed caught up at {rate} events/s.");
    }
}
