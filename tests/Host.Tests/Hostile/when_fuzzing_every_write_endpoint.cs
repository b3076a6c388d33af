using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Politikerforum.Host.Tests.Support;
using Wolverine.Http;
using Xunit.Abstractions;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>
/// Hostile bodies against every write endpoint the app exposes (taken from its endpoint metadata, so a new endpoint is
/// fuzzed without anyone remembering to), each endpoint against a theme of its own with one of everything in it, so
/// what one endpoint did (archiving the theme) never turns another's calls into refusals. Route ids are real items, and
/// now and then the all-zero id; some requests carry an idempotency key. Never a 5xx; a request answered with anything
/// but 2xx leaves nothing behind (<see cref="Footprint"/>); and every endpoint gets at least one generated body past
/// validation to a decision of its rule, or the fuzzing would prove little about it.
/// </summary>
public sealed class when_fuzzing_every_write_endpoint(ForumFixture fixture, ITestOutputHelper output) : ForumTest(fixture)
{
    private const int Seed = 4_2024, BodiesPerEndpoint = 60;

    [Fact]
    public async Task no_body_gives_a_server_error_or_a_partial_write_and_every_endpoint_reaches_its_rule()
    {
        var endpoints = WriteEndpoints();
        Assert.True(endpoints.Count >= 30, $"Only {endpoints.Count} write endpoints found");
        var random = new Random(Seed);
        var tally = new Tally(Host.Services.GetRequiredService<NpgsqlDataSource>());
        var watch = Stopwatch.StartNew();

        foreach (var (method, pattern, command) in endpoints)
        {
            var scenario = await FuzzScenario.SeedAsync(Admin, As, Clock.GetUtcNow());
            Assert.DoesNotContain('{', scenario.Fill(pattern));
            var bodies = new HostileBodies(random, scenario.Ids, Clock.GetUtcNow());
            var callers = new[] { Admin, scenario.Author, scenario.Bystander };
            await tally.StartAsync($"{method} {pattern}");
            for (var i = 0; i < BodiesPerEndpoint; i++)
            {
                var url = random.Next(10) == 0 ? FuzzScenario.AllZeros(pattern) : scenario.Fill(pattern);
                var (kind, body) = bodies.Next(command);
                var key = random.Next(4) == 0 ? $"fuzz-{Guid.NewGuid():N}" : null;
                var response = await callers[random.Next(callers.Length)].SendAsync(new HttpMethod(method), url, body, key);
                await tally.CheckAsync(response, url, key, $"{method} {url} with a {kind} body ({body.Length} bytes){(key is null ? "" : " and a key")}");
            }
            tally.Finish();
        }

        output.WriteLine($"Fuzzed {endpoints.Count} write endpoints with seed {Seed} in {watch.Elapsed.TotalSeconds:F1} s: {tally}");
        foreach (var failure in tally.Failures) output.WriteLine(failure);
        Assert.True(tally.Failures.Count == 0, string.Join("\n", tally.Failures.Take(30)));
        Assert.True(tally.Undecided.Count == 0, "No generated body got past validation to a rule for: " + string.Join(", ", tally.Undecided));
    }

    /// <summary>What the fuzzing found, endpoint by endpoint.</summary>
    private sealed class Tally(NpgsqlDataSource db)
    {
        public List<string> Failures { get; } = [];
        public List<string> Undecided { get; } = [];
        private Footprint footprint = null!;
        private string endpoint = "";
        private int sent, accepted, decided, decisions;
        private (string Endpoint, int Decisions) fewest = ("", int.MaxValue);

        public async Task StartAsync(string name)
        {
            (endpoint, decisions) = (name, 0);
            await Footprint.SettleAsync(db);
            footprint = await Footprint.TakeAsync(db);
        }

        public async Task CheckAsync(HttpResponseMessage response, string url, string? key, string request)
        {
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var what = $"{request} gave {status}: {text[..Math.Min(300, text.Length)]}";
            sent++;
            if (status >= 500 || text.Contains("Exception") || text.Contains("   at ")) Failures.Add("Server error: " + what);
            if (status is >= 200 and < 300) accepted++;
            (footprint, var changes) = await footprint.AfterAsync(db, status, key);
            if (changes.Count > 0) Failures.Add($"Partial write ({string.Join(", ", changes)}): {what}");
            if (RuleDecided(status, text, url)) decisions++;
        }

        public void Finish()
        {
            decided += decisions;
            if (decisions == 0) Undecided.Add(endpoint);
            if (decisions < fewest.Decisions) fewest = (endpoint, decisions);
        }

        public override string ToString() =>
            $"{sent} requests sent, {accepted} accepted, {decided} decided by a rule (fewest: {fewest.Decisions} for {fewest.Endpoint}), " +
            $"{Failures.Count} failures{(Undecided.Count > 0 ? "; never decided by a rule: " + string.Join(", ", Undecided) : "")}.";
    }

    /// <summary>
    /// Whether the command's rule gave the answer: it was carried out, or refused for who asked, what state the item is in,
    /// or (for a real id) that the caller may not see it. Refusals of the input itself — unreadable JSON, field errors,
    /// a body too large or not JSON, the all-zero id — came before any rule.
    /// </summary>
    private static bool RuleDecided(int status, string text, string url)
    {
        if (status is >= 200 and < 300 or 403 or 409) return true;
        if (status == 404) return !url.Contains(Guid.Empty.ToString());
        if (status != 400) return false;
        var problem = JsonDocument.Parse(text).RootElement;
        // Every refusal of the input as such speaks of "Forespørgslen" (the request); a rule speaks of the forum's things.
        return !problem.TryGetProperty("errors", out _) && !problem.Str("detail").StartsWith("Forespørgsl");
    }

    private List<(string Method, string Pattern, Type? Command)> WriteEndpoints() =>
        Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "DELETE")
                .Select(m => (m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<HttpChain>() is { HasRequestType: true } chain ? chain.RequestType : null)))
            .OrderBy(e => e.Item2).ThenBy(e => e.m)
            .ToList();
}
