using System.Net;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;
using Wolverine;

namespace Politikerforum.Host.Tests.Auth;

/// <summary>
/// In production the pages sign in with Entra ID by OpenID Connect (authorization code with PKCE), set up by configuration
/// alone; the development sign-in has no address there. Entra is a stand-in on 127.0.0.1 that redeems the codes a test issues.
/// </summary>
/// <remarks>In the forum collection: a Production host creates no schema, so the fixture's Testing host must have made it first.</remarks>
[Collection(ForumCollection.Name)]
public sealed class when_signing_in_to_the_pages_with_entra : IAsyncLifetime
{
    private const string ClientId = "politikerforum-sekretariat", ClientSecret = "hemmelig-nok";
    private FakeEntra _entra = null!;

    public async Task InitializeAsync() => _entra = await FakeEntra.StartAsync();
    public async Task DisposeAsync() => await _entra.DisposeAsync();

    private Task<IAlbaHost> ProductionHostAsync(params (string Key, string? Value)[] web) => AlbaHost.For<Program>(builder =>
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Marten", Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        builder.UseSetting("Auth:Authority", _entra.Authority);
        builder.UseSetting("Auth:Audience", "api://politikerforum");
        builder.UseSetting("Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Idempotency:CallerSecret", "en-hemmelighed-kun-for-denne-test");
        builder.UseSetting("Logging:LogLevel:Default", "Critical");
        foreach (var (key, value) in web) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.RunWolverineInSoloMode());
    });

    private Task<IAlbaHost> WithEntraAsync() => ProductionHostAsync(
        ("Web:Authority", _entra.Authority), ("Web:ClientId", ClientId), ("Web:ClientSecret", ClientSecret), ("Web:RequireHttpsMetadata", "false"));

    [Fact]
    public async Task the_pages_send_a_person_to_entra_and_take_them_back_signed_in()
    {
        await using var host = await WithEntraAsync();
        var browser = new Visitor(host, https: true);

        var login = await browser.GetAsync((await browser.GetAsync("/sekretariat/medlemmer")).Headers.Location!.PathAndQuery);
        var authorize = login.Headers.Location!;
        var query = QueryHelpers.ParseQuery(authorize.Query);

        Assert.StartsWith($"{_entra.Authority.Replace("/v2.0", "")}/oauth2/v2.0/authorize", authorize.GetLeftPart(UriPartial.Path));
        Assert.Equal(ClientId, query["client_id"]);
        Assert.Equal("https://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Equal(("code", "S256", "form_post"), (query["response_type"].ToString(), query["code_challenge_method"].ToString(), query["response_mode"].ToString()));

        _entra.Issue("kode-1", ClientId, ClientSecret, query["nonce"]!, "line-oid", "secretariat", "Line Bech");
        var back = await browser.PostFormAsync("/signin-oidc", [new("code", "kode-1"), new("state", query["state"]!)]);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/sekretariat/medlemmer", back.Headers.Location!.OriginalString);
        Assert.Contains("Logget ind som <strong>Line Bech</strong> (sekretariat)", await browser.PageAsync("/sekretariat/medlemmer"));
    }

    [Fact]
    public async Task a_code_entra_did_not_issue_signs_nobody_in()
    {
        await using var host = await WithEntraAsync();
        var browser = new Visitor(host, https: true);
        var login = await browser.GetAsync((await browser.GetAsync("/sekretariat")).Headers.Location!.PathAndQuery);
        var state = QueryHelpers.ParseQuery(login.Headers.Location!.Query)["state"].ToString();

        var back = await browser.PostFormAsync("/signin-oidc", [new("code", "opdigtet"), new("state", state)]);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var said = await browser.GetAsync(back.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, said.StatusCode);
        Assert.Contains("Du blev ikke logget ind.", await said.Content.ReadAsStringAsync());
        Assert.StartsWith("/login?", (await browser.GetAsync("/sekretariat")).Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task the_development_sign_in_has_no_address_in_production()
    {
        await using var host = await WithEntraAsync();

        var answer = await new Visitor(host, https: true).GetAsync("/login/udvikling?oid=demo-line&role=admin");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.DoesNotContain("Set-Cookie", answer.Headers.Select(h => h.Key));
    }

    [Fact]
    public async Task without_entra_configured_the_pages_say_that_sign_in_is_not_set_up()
    {
        await using var host = await ProductionHostAsync();

        var answer = await new Visitor(host, https: true).GetAsync("/login");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Contains("Log-ind på sekretariatets sider er ikke sat op endnu.", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task entra_configured_in_part_stops_the_host_naming_what_is_missing()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ProductionHostAsync(("Web:Authority", _entra.Authority), ("Web:ClientId", ClientId)));

        Assert.Contains("set Web:ClientSecret as well", failure.ToString());
    }
}
