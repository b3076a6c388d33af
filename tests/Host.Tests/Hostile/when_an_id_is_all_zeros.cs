using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Authorization;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>
/// The all-zero id names nothing: on every endpoint that takes an id, read or write, it is answered as any unknown id
/// is (Marten refuses to open a stream by it, which was a 500 on every write that locks one).
/// </summary>
public sealed class when_an_id_is_all_zeros(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task every_endpoint_that_takes_an_id_answers_it_as_unknown()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name is "id" or "memberId"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().Order().ToList();
        Assert.True(endpoints.Count >= 40, $"Only {endpoints.Count} endpoints take an id");
        // A valid body, so the answer is about the id and not about the body.
        var context = new Bodies.Context(new MatrixScenario(As, Admin, Anonymous, Clock.GetUtcNow), Guid.Empty, 1, Clock.GetUtcNow());
        var before = await EventCountAsync();

        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var (method, route) = (endpoint[..endpoint.IndexOf(' ')], endpoint[(endpoint.IndexOf(' ') + 1)..]);
            var url = route.Replace("{id}", Guid.Empty.ToString()).Replace("{memberId}", Guid.Empty.ToString());
            var response = await Admin.SendAsync(new HttpMethod(method), url, Bodies.For(endpoint, context));
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != 404 || !body.Contains(Domain.Refusal.Unknown.Detail)) wrong.Add($"{endpoint}: {(int)response.StatusCode} {body}");
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await EventCountAsync());
    }
}
