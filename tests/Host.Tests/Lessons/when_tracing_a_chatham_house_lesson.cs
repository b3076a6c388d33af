using System.Diagnostics;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

/// <summary>Traces leave the forum for the operators' tools: they must not tie a Chatham House lesson to its author either.</summary>
public sealed class when_tracing_a_chatham_house_lesson(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task no_span_of_its_requests_carries_the_author()
    {
        var (authorId, author) = await MemberAsync("Xenia Fortrolighedsen", "region", "Region Nordjylland", "xenia-trace-oid");
        var (_, reader) = await MemberAsync("Bent Kollega", "kommune", "Aalborg Kommune");
        var theme = await author.OpenThemeAsync();
        var before = Spans.Count;

        var lesson = await author.RecordLessonAsync(theme, "Fortroligt", "Det gik skævt.", "went-wrong", "chatham-house");
        await (await author.PutAsync($"/api/lessons/{lesson}", new { title = "Fortroligt, rettet", text = "T", kind = "went-wrong", version = 1 }))
            .ShouldHaveStatusAsync(200);
        await reader.EndorseAsync(lesson);
        await reader.LessonAsync(lesson);
        await reader.ItemsAsync($"/api/themes/{theme}/timeline");

        var spans = Spans.Skip(before).ToList();
        var traces = spans.Where(s => s.Kind == ActivityKind.Server).Select(s => s.TraceId).ToHashSet();
        Assert.Equal(5, traces.Count);
        var values = spans.Where(s => traces.Contains(s.TraceId))
            .SelectMany(s => s.TagObjects.Concat(s.Events.SelectMany(e => e.Tags)).Select(t => t.Value?.ToString() ?? "")
                .Append(s.DisplayName).Append(s.StatusDescription ?? ""))
            .ToList();
        Assert.Contains(values, v => v.Contains(lesson.ToString()));
        foreach (var secret in new[] { authorId.ToString(), "Xenia", "xenia-trace-oid" })
            Assert.DoesNotContain(values, v => v.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }
}
