using System.Net;
using System.Net.Http.Headers;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;

namespace Politikerforum.Host.Tests.Web;

/// <summary>
/// Locally (Development, and Testing as here) a seeded person signs in by a link; the pages keep them signed in with a
/// cookie of their own, which the API never accepts, as the pages never accept the API's bearer tokens.
/// </summary>
public sealed class when_signing_in_to_the_pages(ForumFixture fixture) : ForumTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DemoForumSeed.SeedAsync(Host, Clock);
    }

    [Fact]
    public async Task someone_not_signed_in_is_sent_to_sign_in_and_back()
    {
        var visitor = new Visitor(Host);

        var page = await visitor.GetAsync("/sekretariat/tilsagn?status=overdue");
        var login = await visitor.GetAsync(page.Headers.Location!.PathAndQuery);

        Assert.Equal("/login?ReturnUrl=%2Fsekretariat%2Ftilsagn%3Fstatus%3Doverdue", page.Headers.Location!.PathAndQuery);
        Assert.Equal("/login/udvikling?returnUrl=%2Fsekretariat%2Ftilsagn%3Fstatus%3Doverdue", login.Headers.Location!.OriginalString);
        var chooser = await visitor.PageAsync(login.Headers.Location.OriginalString);
        Assert.Contains("Line Bech", chooser);
        Assert.Contains("/login/udvikling?oid=demo-mette&amp;role=member&amp;returnUrl=%2Fsekretariat%2Ftilsagn%3Fstatus%3Doverdue", chooser);
    }

    [Fact]
    public async Task a_seeded_person_signs_in_with_a_cookie_only_the_pages_read()
    {
        var visitor = new Visitor(Host);

        var signedIn = await visitor.GetAsync("/login/udvikling?oid=demo-line&role=secretariat&returnUrl=%2Fsekretariat%2Fmedlemmer");

        Assert.Equal("/sekretariat/medlemmer", signedIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("politikerforum-sekretariat="));
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("Logget ind som <strong>Line Bech</strong> (sekretariat)", await visitor.PageAsync("/sekretariat"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/themes")).StatusCode);
    }

    [Fact]
    public async Task a_bearer_token_does_not_open_the_pages()
    {
        var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For("secretariat", "demo-line"));

        var answer = await client.GetAsync("/sekretariat");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/login?", answer.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task a_role_that_is_not_one_and_a_return_address_elsewhere_are_not_followed()
    {
        var visitor = new Visitor(Host);

        var unknownRole = await visitor.GetAsync("/login/udvikling?oid=demo-line&role=borgmester");
        var elsewhere = await visitor.GetAsync("/login/udvikling?oid=demo-line&role=secretariat&returnUrl=https%3A%2F%2Fexample.org%2F");

        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
        Assert.Contains("Angiv både oid (Entra-objekt-id) og role", await unknownRole.Content.ReadAsStringAsync());
        Assert.Equal("/sekretariat", elsewhere.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task signing_out_ends_it()
    {
        var visitor = await Visitor.SignedInAsync(Host, "demo-line", "secretariat");
        var token = await visitor.FormTokenAsync("/sekretariat");

        var signedOut = await visitor.PostFormAsync("/logout", [new("__RequestVerificationToken", token)]);

        Assert.Equal("/logout", signedOut.Headers.Location!.OriginalString);
        Assert.Contains("Du er logget ud.", await visitor.PageAsync("/logout"));
        Assert.StartsWith("/login?", (await visitor.GetAsync("/sekretariat")).Headers.Location!.PathAndQuery);
    }
}
