using System.Net;
using Marten;
using Politikerforum.Domain.Themes;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;
using static Politikerforum.Host.Tests.Web.Support.DemoForumSeed;

namespace Politikerforum.Host.Tests.Web;

/// <summary>
/// The pace switch on a theme's page is a form to <c>ForumCommands</c>: anti-forgery on the form, the secretariat's door
/// only, the command's own refusal shown at the form, and a form sent twice switching once.
/// </summary>
public sealed class when_switching_pace_through_the_page(ForumFixture fixture) : ForumTest(fixture)
{
    private Guid _themeId;
    private string Page => $"/sekretariat/temaer/{_themeId}";
    private string Form => $"{Page}/tempo";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync(Host, Clock);
        _themeId = await ThemeAsync(Host, Workforce);
    }

    private Dictionary<string, string> Urgent(string token, string key, int days = 3) => new()
    {
        ["__RequestVerificationToken"] = token, ["noegle"] = key, ["pace"] = "urgent", ["reason"] = "Ældreudspillet kommer i næste uge.",
        ["until"] = Politikerforum.Domain.DanishTime.WallClockOf(Clock.GetUtcNow().AddDays(days)).ToString("yyyy-MM-dd'T'HH:mm")
    };

    private async Task<int> SwitchesAsync()
    {
        await using var session = Store.QuerySession();
        return (await session.Events.FetchStreamAsync(_themeId)).Count(e => e.Data is PaceSwitched);
    }

    [Fact]
    public async Task the_secretariat_switches_and_is_told_what_came_of_it_once()
    {
        var line = await Visitor.SignedInAsync(Host, "demo-line", "secretariat");

        var answer = await line.PostFormAsync(Form, Urgent(await line.FormTokenAsync(Page), Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(Page, answer.Headers.Location!.OriginalString);
        Assert.Equal("urgent", (await Secretariat.ThemeAsync(_themeId)).Str("pace"));
        Assert.Contains("Temaet er nu i hurtig handling indtil", await line.PageAsync(Page));
        Assert.DoesNotContain("Temaet er nu i hurtig handling indtil", await line.PageAsync(Page));
    }

    [Fact]
    public async Task a_form_without_its_anti_forgery_token_changes_nothing()
    {
        var line = await Visitor.SignedInAsync(Host, "demo-line", "secretariat");
        await line.PageAsync(Page);
        var fields = Urgent("", Guid.NewGuid().ToString());
        fields.Remove("__RequestVerificationToken");

        var answer = await line.PostFormAsync(Form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("formular", await answer.Content.ReadAsStringAsync());
        Assert.Equal(0, await SwitchesAsync());
    }

    [Fact]
    public async Task a_member_reads_the_theme_but_cannot_switch_through_the_pages()
    {
        var mette = await Visitor.SignedInAsync(Host, "demo-mette", "member");

        Assert.DoesNotContain("Skift tempo", await mette.PageAsync(Page));
        // Her own token (from the sign-out form every page has), so only her role can be what stops her.
        var answer = await mette.PostFormAsync(Form, Urgent(await mette.FormTokenAsync(Page), Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/sekretariat/fejl/403", answer.Headers.Location!.PathAndQuery);
        Assert.Equal(0, await SwitchesAsync());
    }

    [Fact]
    public async Task the_commands_refusal_is_shown_at_the_form_in_its_own_words()
    {
        var line = await Visitor.SignedInAsync(Host, "demo-line", "secretariat");

        var answer = await line.PostFormAsync(Form, Urgent(await line.FormTokenAsync(Page), Guid.NewGuid().ToString(), days: 31));
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Tempoet blev ikke skiftet.", page);
        Assert.Contains("Hurtig handling kan højst gælde 30 dage ad gangen.", page);
        Assert.Contains("Ældreudspillet kommer i næste uge.", page);
        Assert.Equal(0, await SwitchesAsync());
    }

    [Fact]
    public async Task a_form_sent_twice_switches_once()
    {
        var line = await Visitor.SignedInAsync(Host, "demo-line", "secretariat");
        var form = Urgent(await line.FormTokenAsync(Page), Guid.NewGuid().ToString());

        var first = await line.PostFormAsync(Form, form);
        var second = await line.PostFormAsync(Form, form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await SwitchesAsync());
    }
}
