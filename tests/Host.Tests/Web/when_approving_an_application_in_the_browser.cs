using Marten;
using Microsoft.Playwright;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;

namespace Politikerforum.Host.Tests.Web;

/// <summary>
/// Someone wrote "deltag" to the bot (here: the same command through the API); the secretariat finds the application from the
/// menu, is told at the field what is missing, and approves it: the applicant is a member under the account they applied with.
/// </summary>
public sealed class when_approving_an_application_in_the_browser(ForumFixture fixture, Chromium chromium) : WebTest(fixture, chromium)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedDemoAsync();
        await Applicants.ApplyAsync(As, "karen-oid");
    }

    [Fact]
    public async Task the_secretariat_approves_and_the_applicant_is_in_the_directory()
    {
        var page = await SignedInAsync("demo-line", "secretariat");
        await page.GotoAsync("/sekretariat");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Ansøgninger" }).ClickAsync();
        await ScreenshotAsync(page, "ansoegninger");
        await page.GetByRole(AriaRole.Link, new() { Name = Applicants.Name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Ansøgning fra {Applicants.Name}", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Myndighed")).ToHaveValueAsync(Applicants.Organisation);

        // Without a level: the command's own check answers, at the field it concerns.
        await page.GetByLabel("E-mail").FillAsync("kv@aalborg.dk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Godkend ansøgningen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ansøgningen blev ikke godkendt.");
        await Assertions.Expect(page.Locator("#godkend-level-fejl")).ToContainTextAsync("Niveau skal angives");
        await Assertions.Expect(page.GetByLabel("Niveau")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("E-mail")).ToHaveValueAsync("kv@aalborg.dk");
        await ScreenshotAsync(page, "ansoegning-afvist-formular");

        await page.GetByLabel("Niveau").SelectOptionAsync(new SelectOptionValue { Label = "Kommune" });
        await page.GetByLabel("Parti").FillAsync("Venstre");
        await page.GetByRole(AriaRole.Button, new() { Name = "Godkend ansøgningen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Ansøgningen fra {Applicants.Name} er godkendt, og {Applicants.Name} er registreret som medlem.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingen ansøgninger" })).ToBeVisibleAsync();
        await page.GotoAsync("/sekretariat/medlemmer");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = Applicants.Name })).ToBeVisibleAsync();
        await using var session = Store.QuerySession();
        var member = await session.Query<Member>().SingleAsync(m => m.EntraObjectId == "karen-oid");
        Assert.Equal(("kv@aalborg.dk", Applicants.Organisation, "Venstre"), (member.Email, member.Body, member.Party));
    }
}
