using Microsoft.Playwright;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Web.Support;

/// <summary>
/// Base for browser tests: the demo forum in a clean database, the browser, and a door on 127.0.0.1 to the forum host.
/// Each person signs in through the development sign-in, in a browser context of their own.
/// </summary>
public abstract class WebTest(ForumFixture fixture, Chromium chromium) : ForumTest(fixture), IClassFixture<Chromium>
{
    private LoopbackDoor _door = null!;
    private readonly List<IBrowserContext> _contexts = [];

    protected string BaseUrl => _door.BaseUrl;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _door = await LoopbackDoor.OpenAsync(Host);
    }

    public override async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
        await _door.DisposeAsync();
    }

    protected Task SeedDemoAsync() => DemoForumSeed.SeedAsync(Host, Clock);

    protected Task<Guid> ThemeAsync(string title) => DemoForumSeed.ThemeAsync(Host, title);

    /// <summary>A page in a browser context of its own, signed in as the person with this Entra object id, in this role.</summary>
    protected async Task<IPage> SignedInAsync(string objectId, string role)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "da-DK", TimezoneId = "Europe/Copenhagen", ViewportSize = new() { Width = 1280, Height = 900 },
            AcceptDownloads = true
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/login/udvikling?oid={objectId}&role={role}");
        // Signed in, the person lands on the front page, or on the page that says they may not use it.
        Assert.Contains("/sekretariat", page.Url);
        return page;
    }

    protected static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artefacts.File("skaermbilleder", $"{name}.png"), FullPage = true });
}
