using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;
using static Politikerforum.Host.Tests.Authorization.AuthorizationMatrix;

namespace Politikerforum.Host.Tests.Authorization;

/// <summary>
/// A member token whose object id has no active member behind it (never registered, left, erased) is answered what an
/// integrator is answered, over every endpoint of the matrix: the same status, and for a read the same body, so they
/// see the public themes and what is public in them, and nothing more. The one who left and the one who was erased took
/// part in every theme of the matrix first, so the closed theme they knew is the sharpest case.
/// </summary>
public sealed class when_a_caller_is_not_or_no_longer_a_member(ForumFixture fixture) : ForumTest(fixture)
{
    private const string Me = "GET /api/members/me";

    /// <summary><c>GET /api/me</c> tells them, as <see cref="Me"/> does, how to become a member.</summary>
    private const string WhoAmI = "GET /api/me";

    /// <summary>The integrators' own doors (the feed, its stream, webhooks) are for integrators, not for everyone an integrator reads as.</summary>
    private static bool IntegratorsOwn(string endpoint) =>
        endpoint.Contains("/api/webhooks") || endpoint is "GET /api/feed" or "GET /api/feed/stream";

    /// <summary>The one thing a non-member may do that an integrator may not: ask to become a member.</summary>
    private const string Apply = "POST /api/applications";

    [Fact]
    public async Task they_are_answered_as_an_integrator_on_every_endpoint()
    {
        var scenario = new MatrixScenario(As, Admin, Anonymous, Clock.GetUtcNow);
        await scenario.BuildAsync();
        var callers = await NonMembersAsync([.. MatrixScenario.Visibilities.Select(v => scenario.Seeded(On.Theme, v)[0])]);
        var events = await EventCountAsync();
        var integrator = Array.IndexOf(Roles, "integrator");
        var mismatches = new List<string>();

        foreach (var row in Rows.Where(r => r.Endpoint is not (Me or WhoAmI or Apply)).OrderBy(r => !r.Endpoint.StartsWith("GET ")))
        {
            if (IntegratorsOwn(row.Endpoint))
            {
                foreach (var (who, caller) in callers)
                    if (await StatusAsync(scenario, row, scenario.Targets(row.On, "-").First(), caller) is var status and not 403)
                        mismatches.Add($"{row.Endpoint} as {who}: {status}, not 403 as for anyone who is not an integrator");
                continue;
            }
            var groups = row.Statuses.Split('|');
            foreach (var (visibility, v) in (row.On >= On.Theme ? MatrixScenario.Visibilities : ["-"]).Select((x, i) => (x, i)))
            {
                var columns = groups[v].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (IntegratorsOnly(row))
                {
                    // The feed and webhooks are an integration's tools, not a reader's: a person is refused them as a member is.
                    foreach (var (who, caller) in callers)
                        if ((await CallAsync(scenario, row, scenario.Targets(row.On, visibility)[0], caller)).Status is var theirs
                            && !columns[Array.IndexOf(Roles, "outsider")].Split('/').Contains(theirs.ToString()))
                            mismatches.Add($"{row.Endpoint} as {who}: {theirs}, not what a member is answered there");
                    continue;
                }
                var declared = columns[integrator].Split('/');
                foreach (var target in scenario.Targets(row.On, visibility))
                {
                    var (status, body) = await CallAsync(scenario, row, target, scenario.Callers["integrator"]);
                    foreach (var (who, caller) in callers)
                    {
                        var (theirStatus, theirBody) = await CallAsync(scenario, row, target, caller);
                        if (!declared.Contains(theirStatus.ToString()) || theirStatus != status || (theirStatus == 200 && theirBody != body))
                            mismatches.Add($"{row.Endpoint} in {visibility} as {who}: {theirStatus}, the integrator {status}"
                                + (theirStatus == 200 && status == 200 ? " with another body" : ""));
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(events, await EventCountAsync());
    }

    [Fact]
    public async Task they_may_apply_to_become_members_which_an_integrator_may_not()
    {
        foreach (var (_, caller) in await NonMembersAsync([]))
            await caller.CreateAsync("/api/applications", new { name = "Karen Vestergaard", organisation = "Aalborg Kommune" });
        await (await Integrator.PostAsync("/api/applications", new { name = "Karen Vestergaard", organisation = "Aalborg Kommune" })).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task they_are_told_in_danish_how_to_become_a_member()
    {
        foreach (var (_, caller) in await NonMembersAsync([]))
        {
            var problem = await (await caller.GetAsync("/api/members/me")).ShouldBeProblemAsync(404);
            Assert.Contains("ikke registreret som medlem", problem.Detail());
            Assert.Contains("sekretariatet, der registrerer medlemmer", problem.Detail());
            Assert.Contains("»deltag«", problem.Detail());
            // Refused the directory as an integrator is, they are told the same.
            Assert.Contains("»deltag«", (await (await caller.GetAsync("/api/members")).ShouldBeProblemAsync(403)).Detail());
        }
        // An integrator holds no member token; they are not invited, they are refused the directory.
        await (await Integrator.GetAsync("/api/members/me")).ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task their_own_profile_and_export_are_closed_to_them_as_to_an_integrator()
    {
        var (leftId, left) = await FormerParticipantAsync([]);
        await (await left.DeleteAsync($"/api/members/{leftId}")).ShouldHaveStatusAsync(204);

        await (await left.GetAsync($"/api/members/{leftId}")).ShouldBeProblemAsync(403);
        // The secretariat makes the export for a former member (GDPR art. 15 still holds; the token no longer proves membership).
        await (await left.GetAsync($"/api/members/{leftId}/export")).ShouldBeProblemAsync(403);
        await (await Secretariat.GetAsync($"/api/members/{leftId}/export")).ShouldHaveStatusAsync(200);
    }

    /// <summary>Someone never registered; someone who took part in the themes and then left; someone who took part and was erased.</summary>
    private async Task<(string Who, Caller Caller)[]> NonMembersAsync(Guid[] themes)
    {
        var (leftId, left) = await FormerParticipantAsync(themes);
        await (await left.DeleteAsync($"/api/members/{leftId}")).ShouldHaveStatusAsync(204);
        var (erasedId, erased) = await FormerParticipantAsync(themes);
        await Host.ExecuteAndWaitAsync(async () =>
            await (await Secretariat.PostAsync($"/api/members/{erasedId}/erasure", new { reason = "Anmodning efter artikel 17" })).ShouldHaveStatusAsync(200));
        return [("never registered", As("member", "never-registered-oid")), ("left", left), ("erased", erased)];
    }

    private static bool IntegratorsOnly(Row row) =>
        row.Endpoint.Contains(" /api/feed") || row.Endpoint.Contains(" /api/webhooks");

    private async Task<(Guid Id, Caller Caller)> FormerParticipantAsync(Guid[] themes)
    {
        var (id, caller) = await MemberAsync("Jonas Kragh", "folketing", "Folketinget");
        foreach (var theme in themes)
            await (await Admin.PostAsync($"/api/themes/{theme}/participants", new { memberId = id })).ShouldHaveStatusAsync(204);
        return (id, caller);
    }

    /// <summary>The status alone, without waiting for a body: a stream's never ends.</summary>
    private async Task<int> StatusAsync(MatrixScenario scenario, Row row, Guid target, Caller caller)
    {
        var method = new HttpMethod(row.Endpoint[..row.Endpoint.IndexOf(' ')]);
        var body = method == HttpMethod.Get ? null
            : Bodies.For(row.Endpoint, new(scenario, target, await scenario.VersionAsync(row.On, target), Clock.GetUtcNow()));
        using var response = await caller.SendAsync(method, scenario.Url(row, target), body, completion: HttpCompletionOption.ResponseHeadersRead);
        return (int)response.StatusCode;
    }

    /// <summary>Every caller is refused every write, so the seeded targets stay as they were for the next one.</summary>
    private async Task<(int Status, string Body)> CallAsync(MatrixScenario scenario, Row row, Guid target, Caller caller)
    {
        var method = new HttpMethod(row.Endpoint[..row.Endpoint.IndexOf(' ')]);
        var body = method == HttpMethod.Get ? null
            : Bodies.For(row.Endpoint, new(scenario, target, await scenario.VersionAsync(row.On, target), Clock.GetUtcNow()));
        return await scenario.CallAsync(caller, row, target, body);
    }
}
