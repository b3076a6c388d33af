using System.Net;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;
using Xunit.Abstractions;
using static Politikerforum.Host.Tests.Web.Support.DemoForumSeed;

namespace Politikerforum.Host.Tests.Web;

/// <summary>
/// Every page, asked for by every kind of person, against the declared answer: the pages are the secretariat's; a member
/// reads them for the themes they may see, and acts through none of them. "login" is a redirect to sign in, "403" one to
/// the page that says no. The pages come from the routing, so a new page without a line here fails.
/// </summary>
public sealed class when_checking_who_may_use_each_page(ForumFixture fixture, ITestOutputHelper output) : ForumTest(fixture)
{
    /// <summary>Line Bech of the secretariat, Kasper Holt as admin, Mette (in the closed theme), Jens (not in it), an integration, nobody.</summary>
    private static readonly (string Name, string? ObjectId, string? Role)[] People =
    [
        ("secretariat", "demo-line", "secretariat"), ("admin", "demo-kasper", "admin"), ("participant", "demo-mette", "member"),
        ("outsider", "demo-jens", "member"), ("integrator", "integration-oid", "integrator"), ("anonymous", null, null)
    ];

    private const string Everyone = "200 200 200 200 403 login", InClosedTheme = "200 200 200 404 403 login",
        OnlyTheSecretariat = "200 200 403 403 403 login", Open = "200 200 200 200 200 200";

    private static readonly (string Route, string Statuses)[] Pages =
    [
        ("/sekretariat", Everyone),
        ("/sekretariat/temaer/{id:guid}", InClosedTheme),
        ("/sekretariat/temaer/{id:guid}/tidslinje", InClosedTheme),
        ("/sekretariat/temaer/{id:guid}/tidslinje.csv", InClosedTheme),
        ("/sekretariat/temaer/{id:guid}/tidslinje.json", InClosedTheme),
        ("/sekretariat/temaer/{id:guid}/rapport", InClosedTheme),
        ("/sekretariat/temaer/{id:guid}/tempo", OnlyTheSecretariat),
        ("/sekretariat/eksperimenter", Everyone),
        ("/sekretariat/eksperimenter/{id:guid}", Everyone),
        ("/sekretariat/erfaringer", Everyone),
        ("/sekretariat/erfaringer/{id:guid}", InClosedTheme),
        ("/sekretariat/beslutninger", Everyone),
        ("/sekretariat/beslutninger/{id:guid}", Everyone),
        ("/sekretariat/tilsagn", Everyone),
        ("/sekretariat/tilsagn/{id:guid}", Everyone),
        ("/sekretariat/indlaeg/{id:guid}", InClosedTheme),
        ("/sekretariat/medlemmer", Everyone),
        ("/sekretariat/revisionsspor", OnlyTheSecretariat),
        ("/sekretariat/ansoegninger", OnlyTheSecretariat),
        ("/sekretariat/ansoegninger/{id:guid}", OnlyTheSecretariat),
        ("/sekretariat/fejl/{status:int}", "404 404 404 404 404 404"),
        ("/login", "302 302 302 302 302 302"),
        ("/login/udvikling", Open),
        ("/logout", Open),
    ];

    [Fact]
    public void every_page_has_a_line_and_every_line_a_page()
    {
        var routes = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null).Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Order().ToList();

        Assert.Equal(Pages.Select(p => p.Route).Order(), routes);
    }

    [Fact]
    public async Task every_person_gets_the_declared_answer_from_every_page()
    {
        await SeedAsync(Host, Clock);
        var ids = await IdsAsync();
        var visitors = new List<Visitor>();
        foreach (var (_, objectId, role) in People)
            visitors.Add(objectId is null ? new Visitor(Host) : await Visitor.SignedInAsync(Host, objectId, role!));

        var mismatches = new List<string>();
        foreach (var (route, statuses) in Pages)
        {
            var url = route.Replace("{status:int}", "404").Replace("{id:guid}", ids.GetValueOrDefault(route.Split('/').ElementAtOrDefault(2) ?? "").ToString());
            var observed = new List<string>();
            foreach (var visitor in visitors) observed.Add(Shown(await visitor.GetAsync(url)));
            var line = string.Join(" ", observed);
            output.WriteLine($"(\"{route}\", \"{line}\"),");
            if (line != statuses) mismatches.Add($"{route}: expected {statuses}, got {line}");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>An item of each kind: in the closed theme where the demo has one there, so the outsider is answered as for an unknown one.</summary>
    private async Task<Dictionary<string, Guid>> IdsAsync()
    {
        var closed = await ThemeAsync(Host, Health);
        await using var session = Store.QuerySession();
        return new Dictionary<string, Guid>
        {
            ["temaer"] = closed,
            ["erfaringer"] = (await session.Query<LessonView>().FirstAsync(l => l.ThemeId == closed)).Id,
            ["indlaeg"] = (await session.Query<Post>().FirstAsync(p => p.ThemeId == closed)).Id,
            ["eksperimenter"] = (await session.Query<Experiment>().FirstAsync()).Id,
            ["beslutninger"] = (await session.Query<Decision>().FirstAsync()).Id,
            ["tilsagn"] = (await session.Query<Commitment>().FirstAsync()).Id,
            ["ansoegninger"] = await Applicants.ApplyAsync(As, "karen-oid"),
        };
    }

    private static string Shown(HttpResponseMessage answer) =>
        answer.StatusCode != HttpStatusCode.Redirect ? ((int)answer.StatusCode).ToString()
        : answer.Headers.Location!.OriginalString.Contains("/sekretariat/fejl/403") ? "403"
        : answer.Headers.Location.OriginalString.Contains("/login?") ? "login"
        : "302";
}
