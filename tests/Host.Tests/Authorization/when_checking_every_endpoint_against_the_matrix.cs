using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Support;
using Xunit.Abstractions;
using static Politikerforum.Host.Tests.Authorization.AuthorizationMatrix;

namespace Politikerforum.Host.Tests.Authorization;

/// <summary>
/// Every endpoint the host exposes, called by every kind of caller in every kind of theme, against the declared matrix.
/// The endpoints come from the routing metadata, so a new endpoint without a line in the matrix fails here.
/// </summary>
public sealed class when_checking_every_endpoint_against_the_matrix(ForumFixture fixture, ITestOutputHelper output) : ForumTest(fixture)
{
    private IReadOnlyList<string> ExposedEndpoints() =>
        [.. Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().Order()];

    [Fact]
    public void every_endpoint_has_a_line_and_every_line_an_endpoint()
    {
        var exposed = ExposedEndpoints();
        var declared = Rows.Select(r => r.Endpoint).ToList();
        Assert.Equal(declared.Count, declared.Distinct().Count());
        Assert.Empty(exposed.Except(declared));
        Assert.Empty(declared.Except(exposed));
    }

    [Fact]
    public async Task every_caller_gets_the_declared_answer_everywhere()
    {
        var scenario = new MatrixScenario(As, Admin, Anonymous, Clock.GetUtcNow);
        await scenario.BuildAsync();
        var exposed = ExposedEndpoints();
        var rows = Rows.Where(r => exposed.Contains(r.Endpoint)).ToList();
        var mismatches = new List<string>();
        var observedRows = new List<string>();
        var hidden = Roles.ToDictionary(role => role, _ => new HashSet<Guid>());
        // Reads first, while the lists hold only the scenario; then whether the lists keep hidden things hidden; then writes.
        foreach (var row in rows.Where(r => r.Endpoint.StartsWith("GET ")))
            observedRows.Add(await CheckAsync(scenario, row, mismatches, hidden));
        await CheckListsHideAsync(scenario, rows, hidden, mismatches);
        foreach (var row in rows.Where(r => !r.Endpoint.StartsWith("GET ")))
            observedRows.Add(await CheckAsync(scenario, row, mismatches, hidden));

        var inThemes = Rows.Count(r => r.On >= On.Theme);
        output.WriteLine($"Authorization matrix: {Rows.Length} endpoints x {Roles.Length} roles; {inThemes} of them inside a theme x 3 visibilities: "
            + $"{(Rows.Length - inThemes + inThemes * 3) * Roles.Length} cells checked.");
        if (mismatches.Count > 0) output.WriteLine(string.Join("\n", observedRows));
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>Checks one line in every visibility as every role; returns the line as observed, to show what changed.</summary>
    private async Task<string> CheckAsync(MatrixScenario scenario, Row row, List<string> mismatches, Dictionary<string, HashSet<Guid>> hidden)
    {
        var visibilities = row.On >= On.Theme ? MatrixScenario.Visibilities : ["-"];
        var expectedGroups = row.Statuses.Split('|').Select(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var observedGroups = new List<string>();
        foreach (var (visibility, v) in visibilities.Select((x, i) => (x, i)))
        {
            var observed = new List<string>();
            foreach (var (role, r) in Roles.Select((x, i) => (x, i)))
            {
                var answers = await CallAsync(scenario, row, visibility, role);
                foreach (var (target, status, _) in answers.Where(a => a.Status == 404 && a.Target != Guid.Empty)) hidden[role].Add(target);
                // Whatever kind of item it is, what the caller may not see is answered exactly as an unknown id.
                mismatches.AddRange(answers.Where(a => a.Status == 404 && a.Target != Guid.Empty && !IsUnknown(a.Body))
                    .Select(a => $"{row.Endpoint} as {role} in {visibility}: a 404 unlike the one for an unknown id: {a.Body}"));
                var statuses = string.Join("/", answers.Select(a => a.Status).Distinct());
                observed.Add(statuses);
                var expected = v < expectedGroups.Length && r < expectedGroups[v].Length ? expectedGroups[v][r] : "?";
                if (expected != statuses) mismatches.Add($"{row.Endpoint} as {role} in {visibility}: expected {expected}, got {statuses}");
            }
            observedGroups.Add(string.Join(" ", observed));
        }
        return $"new(\"{row.Endpoint}\", On.{row.On}, \"{string.Join(" | ", observedGroups)}\"),";
    }

    /// <summary>
    /// Lists, search and a theme's timeline, posts and levels filter silently: none shows a caller anything that a direct read answered 404.
    /// The admin's lists must show every seeded theme and item kind that has a list, or this check would prove nothing.
    /// </summary>
    private async Task CheckListsHideAsync(MatrixScenario scenario, List<Row> rows, Dictionary<string, HashSet<Guid>> hidden, List<string> mismatches)
    {
        var reads = rows.Where(r => r.Endpoint.StartsWith("GET ")).ToList();
        var lists = reads.Where(r => r.On == On.Nothing && !MatrixScenario.Streams.Contains(r.Endpoint)).Select(r => scenario.Url(r, Guid.Empty))
            .Concat(from r in reads where r.On == On.Theme from v in MatrixScenario.Visibilities
                    select r.Endpoint[4..].Replace("{id}", scenario.Seeded(On.Theme, v)[0].ToString()))
            .ToList();
        foreach (var role in Roles)
        {
            var seen = new System.Text.StringBuilder();
            foreach (var list in lists)
                seen.Append(await (await scenario.Callers[role].GetAsync(list)).Content.ReadAsStringAsync());
            var text = seen.ToString();
            mismatches.AddRange(hidden[role].Where(id => text.Contains(id.ToString())).Select(id => $"{role} sees {id} in a list, but reading it answers 404"));
            if (role != "admin") continue;
            foreach (var kind in new[] { On.Theme, On.Experiment, On.Lesson, On.Decision, On.Commitment })
                foreach (var visibility in MatrixScenario.Visibilities)
                    mismatches.AddRange(scenario.Seeded(kind, visibility).Where(id => !text.Contains(id.ToString()))
                        .Select(id => $"the admin's lists miss the {visibility} {kind} {id}"));
        }
    }

    /// <summary>
    /// A write's target stays fresh while every caller is refused (a refusal writes nothing), and is replaced once one succeeds:
    /// so each success acts on a target no one has touched, and the scenario is not rebuilt for every refusal.
    /// </summary>
    private readonly Dictionary<(string Endpoint, string Visibility), Guid[]?> untouched = [];

    private static bool IsUnknown(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement is var problem && problem.Str("detail") == Domain.Refusal.Unknown.Detail
        && problem.Str("title") == "Findes ikke" && problem.EnumerateObject().Count() == 5;

    /// <summary>The answers one caller gets from one endpoint, once per target (a lesson is tried forum and chatham-house).</summary>
    private async Task<List<(Guid Target, int Status, string Body)>> CallAsync(MatrixScenario scenario, Row row, string visibility, string role)
    {
        var method = new HttpMethod(row.Endpoint[..row.Endpoint.IndexOf(' ')]);
        var write = method != HttpMethod.Get;
        var targets = write && row.On is not (On.Nothing or On.Organisation or On.Staff)
            ? untouched.GetValueOrDefault((row.Endpoint, visibility)) ?? await scenario.FreshAsync(row.On, visibility)
            : scenario.Targets(row.On, visibility);
        var answers = new List<(Guid, int, string)>();
        foreach (var target in targets)
        {
            var body = write ? Bodies.For(row.Endpoint, new(scenario, target, await scenario.VersionAsync(row.On, target), Clock.GetUtcNow())) : null;
            var (status, text) = await scenario.CallAsync(scenario.Callers[role], row, target, body);
            answers.Add((target, status, text));
        }
        if (write) untouched[(row.Endpoint, visibility)] = answers.Any(a => a.Item2 < 300) ? null : targets;
        return answers;
    }
}
