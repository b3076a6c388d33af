using Microsoft.Playwright;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;

namespace Politikerforum.Host.Tests.Web;

/// <summary>The lessons library searched in Danish from the page, narrowed by kind, and the address kept for the view.</summary>
public sealed class when_searching_lessons_in_the_browser(ForumFixture fixture, Chromium chromium) : WebTest(fixture, chromium)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoAsync();
    }

    private static ILocator Hits(IPage page) => page.Locator("#resultat ol.hits > li h3");

    [Fact]
    public async Task danish_words_find_lessons_in_their_other_forms_and_the_kind_narrows_them()
    {
        var page = await SignedInAsync("demo-line", "secretariat");
        await page.GotoAsync("/sekretariat/erfaringer");
        await Assertions.Expect(page.Locator("#resultat tbody tr")).ToHaveCountAsync(6);

        // "membraner" finds the lesson that speaks of "en membran" and "membranen", and the snippet marks the word.
        await page.GetByLabel("Søg i erfaringerne").FillAsync("membraner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg" }).ClickAsync();
        await Assertions.Expect(Hits(page)).ToHaveTextAsync(["Grønne tage uden test af membranen lækkede"]);
        await Assertions.Expect(page.Locator("#resultat mark").First).ToHaveTextAsync("membran");
        Assert.Contains("q=membraner", page.Url);

        await page.GetByLabel("Søg i erfaringerne").FillAsync("rekruttering");
        await page.GetByLabel("Slags erfaring").SelectOptionAsync(new SelectOptionValue { Label = "Det virkede" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg" }).ClickAsync();
        await Assertions.Expect(Hits(page)).ToHaveTextAsync(["Fuld tid som udgangspunkt løftede rekrutteringen"]);
        await ScreenshotAsync(page, "erfaringer-soegning");

        await page.GetByLabel("Slags erfaring").SelectOptionAsync(new SelectOptionValue { Label = "Det gik skævt" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingen erfaringer matcher søgningen" })).ToBeVisibleAsync();
        Assert.Contains("type=wentwrong", page.Url);
    }
}
