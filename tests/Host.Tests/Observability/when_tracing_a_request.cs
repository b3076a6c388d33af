using System.Diagnostics;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Observability;

public sealed class when_tracing_a_request(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_http_span_and_its_database_work_share_one_trace()
    {
        var id = await Secretariat.CreateAsync("/api/themes", new { title = "Sporbarhed", description = "Et spor pr. forespørgsel", visibility = "forum" });

        var spans = Spans;
        var server = spans.Last(s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("/api/themes"));
        var inTrace = spans.Where(s => s.TraceId == server.TraceId).ToList();

        Assert.Contains(inTrace, s => s.Source.Name.StartsWith("Npgsql"));
        Assert.Contains(inTrace, s => s.Source.Name.StartsWith("Marten"));

        // The same trace id is kept with the events the request appended.
        var events = await Store.QuerySession().Events.FetchStreamAsync(id);
        Assert.All(events, e => Assert.Equal(server.TraceId.ToString(), e.Headers!["trace-id"]?.ToString()));
    }
}
