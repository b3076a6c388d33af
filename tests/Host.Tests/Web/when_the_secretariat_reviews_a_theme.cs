using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Web;
using Politikerforum.Host.Tests.Web.Support;

namespace Politikerforum.Host.Tests.Web;

/// <summary>
/// The weekly review in the browser: sign in, open a theme, filter its timeline and page through it, take the view away
/// as CSV, and switch the theme's pace — all against the forum on 127.0.0.1.
/// </summary>
public sealed class when_the_secretariat_reviews_a_theme(ForumFixture fixture, Chromium chromium) : WebTest(fixture, chromium)
{
    private const string Theme = "Fremtidens arbejdskraft";
    private Guid _themeId;

    /// <summary>The demo forum, and 60 follow-ups by Mette in the workforce theme: more than a page of timeline.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoAsync();
        _themeId = await ThemeAsync(Theme);
        var mette = As("member", "demo-mette");
        for (var i = 1; i <= 60; i++) await mette.PublishAsync(_themeId, $"Opfølgning nr. {i} om rekruttering");
    }

    private static ILocator Rows(IPage page) => page.Locator("#resultat tbody tr");

    [Fact]
    public async Task the_audit_trail_says_in_words_what_happened_as_the_api_does()
    {
        var page = await SignedInAsync("demo-line", "secretariat");
        await page.GotoAsync($"/sekretariat/revisionsspor?tema={_themeId}");

        var first = (await Secretariat.AllPagesAsync($"/api/audit?theme={_themeId}", 200))[0];
        var row = page.Locator("tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync(first.Str("summary"));
        await Assertions.Expect(row).ToContainTextAsync(EventTypes.Name(first.Str("type")));
    }

    [Fact]
    public async Task the_timeline_is_filtered_paged_and_exported_as_the_page_shows_it()
    {
        var page = await SignedInAsync("demo-line", "secretariat");
        await page.GotoAsync("/sekretariat");
        await page.GetByRole(AriaRole.Link, new() { Name = Theme }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Theme, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tidslinje", Exact = true }).ClickAsync();

        await Assertions.Expect(Rows(page)).ToHaveCountAsync(50);
        var first = await Rows(page).AllInnerTextsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Næste side" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Første side" })).ToBeVisibleAsync();
        var second = await Rows(page).AllInnerTextsAsync();
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
        var total = first.Count + second.Count;
        Assert.Equal((await Secretariat.AllPagesAsync($"/api/themes/{_themeId}/timeline", 200)).Count, total);
        await ScreenshotAsync(page, "tidslinje-side-2");

        await page.GotoAsync($"/sekretariat/temaer/{_themeId}/tidslinje");
        await page.Locator("summary", new() { HasText = "Hændelsestyper" }).ClickAsync();
        await page.GetByLabel("Indlæg skrevet").CheckAsync();
        await page.GetByLabel("Medlem").SelectOptionAsync(new SelectOptionValue { Label = "Mette Lykke Andersen (Aarhus Kommune)" });
        await page.GetByLabel("Fritekst").FillAsync("nr. 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrér" }).ClickAsync();

        // nr. 1 and nr. 10–19: eleven of Mette's follow-ups, nothing by anyone else, and the address says so.
        await Assertions.Expect(Rows(page)).ToHaveCountAsync(11);
        Assert.All(await Rows(page).AllInnerTextsAsync(), row =>
        {
            Assert.Contains("Mette Lykke Andersen", row);
            Assert.Contains("Indlæg skrevet", row);
            Assert.Contains("nr. 1", row);
        });
        Assert.Contains("medlem=", page.Url);
        await ScreenshotAsync(page, "tidslinje-filtreret");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Hent som CSV (Excel)" }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Csv.Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Sekvens", "Tidspunkt (dansk tid)", "Tidspunkt (UTC)", "Hvem", "Niveau", "Myndighed", "Type", "Hændelse", "Resumé", "Element-id"], lines[0]);
        Assert.Equal(11, lines.Count - 1);
        Assert.All(lines.Skip(1), line =>
        {
            Assert.Equal("Mette Lykke Andersen", line[3]);
            Assert.Equal("Kommune", line[4]);
            Assert.Equal("post.published", line[6]);
            Assert.Contains("nr. 1", line[8]);
        });
        Assert.Equal(lines.Skip(1).Select(l => long.Parse(l[0])).Order(), lines.Skip(1).Select(l => long.Parse(l[0])));
    }

    [Fact]
    public async Task switching_pace_takes_effect_and_a_refusal_is_shown_at_the_form()
    {
        var page = await SignedInAsync("demo-line", "secretariat");
        await page.GotoAsync($"/sekretariat/temaer/{_themeId}");
        await page.GetByLabel("Begrundelse").FillAsync("Regeringen fremlægger ældreudspillet i næste uge.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skift tempo" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Temaet er nu i hurtig handling indtil");
        await Assertions.Expect(page.Locator(".fakta .maerke.hurtig")).ToHaveTextAsync("Hurtig handling");
        Assert.Equal("urgent", (await Secretariat.ThemeAsync(_themeId)).Str("pace"));
        await ScreenshotAsync(page, "tema-hurtig-handling");

        // Urgent again, without a reason: the command's own check answers, at the field it concerns.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Hurtig handling" }).CheckAsync();
        await page.GetByLabel("Begrundelse").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skift tempo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tempoet blev ikke skiftet");
        await Assertions.Expect(page.Locator("#tempo-reason-fejl")).ToHaveTextAsync("Begrundelsen skal udfyldes, når temaet skal i hurtig handling.");
        await Assertions.Expect(page.GetByLabel("Begrundelse")).ToHaveAttributeAsync("aria-invalid", "true");
        await ScreenshotAsync(page, "tempo-afvist");

        await page.GetByRole(AriaRole.Radio, new() { Name = "Normalt tempo" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skift tempo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Temaet er nu tilbage i normalt tempo.");
        Assert.Equal("normal", (await Secretariat.ThemeAsync(_themeId)).Str("pace"));
    }

    [Fact]
    public async Task the_report_prints_without_the_pages_controls()
    {
        var page = await SignedInAsync("demo-line", "secretariat");
        await page.GotoAsync($"/sekretariat/temaer/{_themeId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rapport til udskrift" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Rapport: {Theme}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Udskriv rapporten" })).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Udskriv rapporten" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tilsagn", Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "rapport-udskrift");
        await page.PdfAsync(new() { Path = Artefacts.File("udskrift", "rapport.pdf"), Format = "A4" });
    }
}
