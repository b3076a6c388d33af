using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Support;
using Wolverine.Http;
using Xunit.Abstractions;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>
/// Thousands of hostile bodies against every write endpoint the app exposes (taken from its endpoint metadata,
/// so a new endpoint is fuzzed without anyone remembering to), with route ids of real items, so bodies reach
/// validation and rules. Never a 5xx, and a rejected request never leaves an event behind.
/// </summary>
public sealed class when_fuzzing_every_write_endpoint(ForumFixture fixture, ITestOutputHelper output) : ForumTest(fixture)
{
    private const int Seed = 4_2024, BodiesPerEndpoint = 100;

    [Fact]
    public async Task no_body_gives_a_server_error_or_a_partial_write()
    {
        var scenario = await SeedAsync();
        var endpoints = WriteEndpoints();
        Assert.True(endpoints.Count >= 30, $"Only {endpoints.Count} write endpoints found");
        var random = new Random(Seed);
        var bodies = new HostileBodies(random, scenario.Ids, Clock.GetUtcNow());
        var callers = new[] { Admin, scenario.Author, scenario.Bystander };
        var (sent, serverErrors, partialWrites, accepted) = (0, 0, 0, 0);
        var watch = Stopwatch.StartNew();
        var events = await EventCountAsync();

        foreach (var (method, pattern, command) in endpoints)
        for (var i = 0; i < BodiesPerEndpoint; i++)
        {
            var url = scenario.Fill(pattern);
            var (kind, body) = bodies.Next(command);
            var response = await callers[random.Next(callers.Length)].SendAsync(new HttpMethod(method), url, body);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            sent++;
            var after = await EventCountAsync();
            var what = $"{method} {pattern} with a {kind} body ({body.Length} bytes) gave {status}: {text[..Math.Min(300, text.Length)]}";
            if (status >= 500) { serverErrors++; output.WriteLine("5xx: " + what); }
            if (status is < 200 or >= 300 && after != events) { partialWrites++; output.WriteLine("Partial write: " + what); }
            if (status is >= 200 and < 300) accepted++;
            Assert.DoesNotContain("Exception", text);
            Assert.DoesNotContain("   at ", text);
            events = after;
        }
        Assert.DoesNotContain(endpoints, e => scenario.Fill(e.Pattern).Contains('{'));

        output.WriteLine($"Fuzzed {endpoints.Count} write endpoints with seed {Seed}: {sent} requests sent, {accepted} accepted, " +
                         $"{serverErrors} 5xx seen, {partialWrites} partial writes, in {watch.Elapsed.TotalSeconds:F1} s.");
        Assert.Equal(0, serverErrors);
        Assert.Equal(0, partialWrites);
    }

    private async Task<FuzzScenario> SeedAsync()
    {
        var (themeId, postId, author) = await AuthorOfAPostAsync();
        var (bystanderId, bystander) = await MemberAsync(name: "Jens Bystander", level: "region", body: "Region Midtjylland");
        await bystander.PostAsync($"/api/themes/{themeId}/participants", new { memberId = bystanderId });
        var now = Clock.GetUtcNow();
        var experimentId = await author.CreateAsync($"/api/themes/{themeId}/experiments", new
        {
            title = "Fælles vagtplan", hypothesis = "Det virker", bodies = new[] { "Aarhus Kommune" }, levels = new[] { "kommune" },
            plannedEnd = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6)
        });
        var lessonId = await author.CreateAsync($"/api/themes/{themeId}/lessons",
            new { title = "Vagtplan", text = "Det virkede", kind = "worked", confidentiality = "forum", tags = new[] { "vagt" } });
        var decisionId = await author.CreateAsync($"/api/themes/{themeId}/decisions",
            new { title = "Fælles vagtplan", proposal = "Vi deler vagtplan", deadline = now.AddDays(3), requiredLevels = new[] { "kommune" } });
        var commitmentId = await author.CreateAsync($"/api/themes/{themeId}/commitments",
            new { what = "Kommunens tal", toLevel = "region", dueOn = DateOnly.FromDateTime(now.AddDays(10).UtcDateTime) });
        var organisationId = await Admin.CreateAsync("/api/organisations", new { name = "KL" });
        var applicationId = await As("member", $"oid-{Guid.NewGuid():N}").CreateAsync("/api/applications", new { name = "Karen Vestergaard", organisation = "Aalborg Kommune" });
        return new FuzzScenario(author, bystander, new Dictionary<string, Guid>
        {
            ["themes"] = themeId, ["posts"] = postId, ["experiments"] = experimentId, ["lessons"] = lessonId,
            ["decisions"] = decisionId, ["commitments"] = commitmentId, ["organisations"] = organisationId, ["applications"] = applicationId
        }, bystanderId);
    }

    private List<(string Method, string Pattern, Type? Command)> WriteEndpoints() =>
        Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "DELETE")
                .Select(m => (m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<HttpChain>() is { HasRequestType: true } chain ? chain.RequestType : null)))
            .OrderBy(e => e.Item2).ThenBy(e => e.m)
            .ToList();
}

/// <summary>One theme with one of everything in it, and the ids to put into routes.</summary>
internal sealed record FuzzScenario(Caller Author, Caller Bystander, IReadOnlyDictionary<string, Guid> BySegment, Guid BystanderId)
{
    public IReadOnlyList<Guid> Ids => [.. BySegment.Values, BystanderId];

    /// <summary>"/api/posts/{id}" gets the post's id; a segment without an item fails, so a new kind of item is noticed.</summary>
    public string Fill(string pattern)
    {
        var segment = Regex.Match(pattern, "^/api/([a-z]+)").Groups[1].Value;
        var url = pattern.Replace("{memberId}", BystanderId.ToString());
        if (!url.Contains("{id}")) return url;
        var id = segment == "members" ? BystanderId
            : BySegment.TryGetValue(segment, out var item) ? item
            : throw new Xunit.Sdk.XunitException($"No item seeded for routes under /api/{segment}; add one to the fuzz scenario.");
        return url.Replace("{id}", id.ToString());
    }
}
