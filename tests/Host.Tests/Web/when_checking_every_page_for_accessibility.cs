using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Marten;
using Microsoft.Playwright;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;
using Wolverine.Tracking;
using Xunit.Abstractions;
using static Politikerforum.Host.Tests.Web.Support.DemoForumSeed;

namespace Politikerforum.Host.Tests.Web;

/// <summary>
/// axe-core, in the same Chromium, on every page as the secretariat sees it (and the member's and the sign-in's own): no
/// serious or critical violation of WCAG 2.1 A/AA or axe's best practices. Each page's screenshot and axe result are left in
/// TestResults/sekretariat/ for review; keyboard use and a visible focus are checked by hand here too.
/// </summary>
public sealed class when_checking_every_page_for_accessibility(ForumFixture fixture, Chromium chromium, ITestOutputHelper output)
    : WebTest(fixture, chromium)
{
    /// <summary>The demo forum, with one of its commitments gone overdue, so the ledger shows what it shows then.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoAsync();
        await using var session = Store.QuerySession();
        var late = await session.Query<Commitment>().FirstAsync(c => c.What.StartsWith("Et notat om Kommissionens"));
        Clock.Advance(late.DueAt - Clock.GetUtcNow() + TimeSpan.FromHours(1));
        await Host.InvokeMessageAndWaitAsync(new FlagOverdueCommitment(late.Id));
        _application = await Applicants.ApplyAsync(As, "karen-oid");
    }

    private Guid _application;

    private async Task<(string Name, string Url)[]> PagesAsync()
    {
        var workforce = await ThemeAsync(Workforce);
        var health = await ThemeAsync(Health);
        await using var session = Store.QuerySession();
        var lesson = await session.Query<LessonView>().FirstAsync(l => l.ThemeId == health);
        return
        [
            ("forside", "/sekretariat"), ("tema", $"/sekretariat/temaer/{workforce}"), ("tidslinje", $"/sekretariat/temaer/{workforce}/tidslinje"),
            ("rapport", $"/sekretariat/temaer/{workforce}/rapport"), ("tempo", $"/sekretariat/temaer/{workforce}/tempo"),
            ("eksperimenter", "/sekretariat/eksperimenter"), ("eksperiment", $"/sekretariat/eksperimenter/{(await session.Query<Experiment>().FirstAsync()).Id}"),
            ("erfaringer", "/sekretariat/erfaringer"), ("erfaringer-soegning", "/sekretariat/erfaringer?q=kommune"),
            ("erfaring", $"/sekretariat/erfaringer/{lesson.Id}"),
            ("beslutninger", "/sekretariat/beslutninger"), ("beslutning", $"/sekretariat/beslutninger/{(await session.Query<Decision>().FirstAsync()).Id}"),
            ("tilsagn", "/sekretariat/tilsagn"), ("tilsagn-enkelt", $"/sekretariat/tilsagn/{(await session.Query<Commitment>().FirstAsync(c => c.Status == CommitmentStatus.Overdue)).Id}"),
            ("indlaeg", $"/sekretariat/indlaeg/{(await session.Query<Post>().FirstAsync(p => p.ThemeId == workforce)).Id}"),
            ("medlemmer", "/sekretariat/medlemmer"), ("revisionsspor", "/sekretariat/revisionsspor"),
            ("ansoegninger", "/sekretariat/ansoegninger"), ("ansoegning", $"/sekretariat/ansoegninger/{_application}"),
            ("findes-ikke", $"/sekretariat/temaer/{Guid.NewGuid()}"), ("log-ud", "/logout"),
        ];
    }

    [Fact]
    public async Task no_page_has_a_serious_or_critical_violation()
    {
        var line = await SignedInAsync("demo-line", "secretariat");
        var jens = await SignedInAsync("demo-jens", "member");
        var stranger = await SignedInAsync("ukendt-oid", "integrator");
        var checks = (await PagesAsync()).Select(p => (Page: line, p.Name, p.Url)).ToList();
        checks.Add((jens, "forside-som-medlem", "/sekretariat"));
        checks.Add((jens, "tema-som-medlem", $"/sekretariat/temaer/{await ThemeAsync(Workforce)}"));
        checks.Add((stranger, "ingen-adgang", "/sekretariat"));
        checks.Add((stranger, "log-ind-udvikling", "/login/udvikling"));

        var summary = new List<object>();
        var failures = new List<string>();
        foreach (var (page, name, url) in checks)
        {
            await page.GotoAsync(url);
            // The tables behind the charts are folded away; open them, so axe checks what a person may unfold.
            foreach (var details in await page.Locator("details:not([open])").AllAsync()) await details.EvaluateAsync("d => d.open = true");
            var result = await page.RunAxe();
            await ScreenshotAsync(page, name);
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            failures.AddRange(serious.Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
            summary.Add(new
            {
                page = name, url, passes = result.Passes.Length, incomplete = result.Incomplete.Length,
                violations = result.Violations.Select(v => new { v.Id, v.Impact, v.Help, nodes = v.Nodes.Select(n => n.Html) })
            });
            output.WriteLine($"{name}: {result.Passes.Length} rules passed, {result.Violations.Length} violated "
                + $"({string.Join(", ", result.Violations.Select(v => $"{v.Id}/{v.Impact}"))}), {result.Incomplete.Length} for a person to check");
        }
        await File.WriteAllTextAsync(Artefacts.File("axe", "resultater.json"), JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task the_keyboard_reaches_the_content_first_and_the_focus_is_always_visible()
    {
        var page = await SignedInAsync("demo-line", "secretariat");
        await page.GotoAsync($"/sekretariat/temaer/{await ThemeAsync(Workforce)}");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(":focus")).ToHaveTextAsync("Gå til indholdet");
        await Assertions.Expect(page.Locator(":focus")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#indhold", page.Url);

        // Every control a person can tab to shows where the focus is, by an outline of its own, to the end of the page.
        var reached = new List<string>();
        while (true)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement === document.body")) break;
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.tagName + ' ' + (document.activeElement.textContent || document.activeElement.name || '').trim().slice(0, 30)"));
            Assert.True(reached.Count < 200, "The focus never left the page.");
            var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.True(outline.StartsWith("solid") && !outline.EndsWith(" 0px"), $"{await page.EvaluateAsync<string>("() => document.activeElement.outerHTML")}: {outline}");
        }
        Assert.Contains(reached, r => r.StartsWith("BUTTON Skift tempo"));
        Assert.Contains(reached, r => r.StartsWith("SUMMARY Vis tallene som tabel"));
    }
}
