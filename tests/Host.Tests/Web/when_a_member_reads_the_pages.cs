using Microsoft.Playwright;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;
using static Politikerforum.Host.Tests.Web.Support.DemoForumSeed;

namespace Politikerforum.Host.Tests.Web;

/// <summary>
/// A member reads the pages for the themes they may see, and nothing else: no closed theme they are not part of, and no
/// Chatham House author, not even in a closed theme they are part of.
/// </summary>
public sealed class when_a_member_reads_the_pages(ForumFixture fixture, Chromium chromium) : WebTest(fixture, chromium)
{
    private const string SaraCh = "Udskrivninger før hjemmeplejen var klar", AnneCh = "En fælles koordinator pr. klynge";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoAsync();
    }

    [Fact]
    public async Task a_member_outside_a_closed_theme_never_sees_it()
    {
        var jens = await SignedInAsync("demo-jens", "member");
        var closed = await ThemeAsync(Health);

        await jens.GotoAsync("/sekretariat");
        await Assertions.Expect(jens.Locator("tbody th a")).ToHaveTextAsync([Workforce, Climate, Quiet]);
        await Assertions.Expect(jens.GetByRole(AriaRole.Link, new() { Name = "Revisionsspor" })).ToHaveCountAsync(0);
        await ScreenshotAsync(jens, "medlem-uden-lukket-tema");

        var answer = await jens.GotoAsync($"/sekretariat/temaer/{closed}");
        Assert.Equal(404, answer!.Status);
        await Assertions.Expect(jens.GetByRole(AriaRole.Alert)).ToHaveTextAsync(Politikerforum.Domain.Refusal.Unknown.Detail);

        foreach (var list in new[] { "/sekretariat/erfaringer", "/sekretariat/eksperimenter", "/sekretariat/beslutninger", "/sekretariat/tilsagn" })
        {
            await jens.GotoAsync(list);
            await Assertions.Expect(jens.Locator("main")).Not.ToContainTextAsync(Health);
            await Assertions.Expect(jens.Locator("main")).Not.ToContainTextAsync(SaraCh);
        }
    }

    [Fact]
    public async Task a_chatham_house_author_is_named_nowhere_to_a_member_who_reads_the_lesson()
    {
        var mette = await SignedInAsync("demo-mette", "member");
        var closed = await ThemeAsync(Health);

        await mette.GotoAsync("/sekretariat/erfaringer");
        foreach (var title in new[] { SaraCh, AnneCh })
        {
            var row = mette.Locator("tbody tr", new() { HasText = title });
            await Assertions.Expect(row).ToContainTextAsync("Chatham House – afsender anonym");
            await Assertions.Expect(row).Not.ToContainTextAsync("Sara Bakhtiari");
            await Assertions.Expect(row).Not.ToContainTextAsync("Anne Friis Nielsen");
        }
        await mette.GetByRole(AriaRole.Link, new() { Name = SaraCh }).ClickAsync();
        await Assertions.Expect(mette.GetByRole(AriaRole.Heading, new() { Name = SaraCh })).ToBeVisibleAsync();
        await Assertions.Expect(mette.Locator("main")).Not.ToContainTextAsync("Sara Bakhtiari");
        await ScreenshotAsync(mette, "erfaring-chatham-house-medlem");

        await mette.GotoAsync($"/sekretariat/temaer/{closed}/tidslinje?type=lesson.recorded");
        var recorded = mette.Locator("#resultat tbody tr");
        await Assertions.Expect(recorded).ToHaveCountAsync(2);
        foreach (var row in await recorded.AllAsync())
        {
            await Assertions.Expect(row).ToContainTextAsync("Chatham House – afsender anonym");
            await Assertions.Expect(row).Not.ToContainTextAsync("Sara Bakhtiari");
            await Assertions.Expect(row).Not.ToContainTextAsync("Anne Friis Nielsen");
        }
        await Assertions.Expect(mette.GetByRole(AriaRole.Button, new() { Name = "Skift tempo" })).ToHaveCountAsync(0);
    }
}
