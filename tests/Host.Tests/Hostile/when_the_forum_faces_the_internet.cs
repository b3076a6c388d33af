using System.Text.Json;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Politikerforum.Host.Http;
using Politikerforum.Host.Tests.Support;
using Wolverine;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>The forum as it runs in Production: strict transport, and an API description only as configured.</summary>
[Collection(ForumCollection.Name)]
public sealed class when_the_forum_faces_the_internet : IAsyncLifetime
{
    private FakeEntra _entra = null!;

    public async Task InitializeAsync() => _entra = await FakeEntra.StartAsync();
    public async Task DisposeAsync() => await _entra.DisposeAsync();

    private Task<IAlbaHost> ProductionAsync(params (string Key, string Value)[] settings) => AlbaHost.For<Program>(builder =>
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Marten", Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        builder.UseSetting("Auth:Authority", _entra.Authority);
        builder.UseSetting("Auth:Audience", "api://politikerforum");
        builder.UseSetting("Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Idempotency:CallerSecret", "en-hemmelighed-kun-for-denne-test");
        builder.UseSetting("Logging:LogLevel:Default", "Critical");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RunWolverineInSoloMode();
            services.DisableAllExternalWolverineTransports();
        });
    });

    private static Task<HttpResponseMessage> GetAsync(IAlbaHost host, string url, string? hostHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (hostHeader is not null) request.Headers.Host = hostHeader;
        return host.Server.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task https_answers_carry_strict_transport_security_and_the_docs_can_be_switched_off()
    {
        await using var host = await ProductionAsync(("Api:Docs", "false"));

        var overHttps = await GetAsync(host, "https://politikerforum.example.dk/health/live");
        var unauthorized = await GetAsync(host, "https://politikerforum.example.dk/api/themes");

        Assert.Equal(SecurityHeaders.StrictTransport, overHttps.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal(401, (int)unauthorized.StatusCode);
        Assert.Equal(SecurityHeaders.StrictTransport, unauthorized.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False((await GetAsync(host, "http://politikerforum.example.dk/health/live")).Headers.Contains("Strict-Transport-Security"));
        foreach (var url in new[] { "/openapi/v1.json", "/docs", "/" })
            Assert.Equal(404, (int)(await GetAsync(host, $"https://politikerforum.example.dk{url}")).StatusCode);
    }

    [Fact]
    public async Task the_api_description_names_the_configured_address_never_the_callers_host_header()
    {
        await using var host = await ProductionAsync(("Forum:PublicUrl", "https://politikerforum.example.dk/"));

        var response = await GetAsync(host, "https://politikerforum.example.dk/openapi/v1.json", hostHeader: "evil.example.com");
        await response.ShouldHaveStatusAsync(200);
        var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());

        var servers = document.RootElement.GetProperty("servers").EnumerateArray().Select(s => s.Str("url")).ToList();
        Assert.Equal(["https://politikerforum.example.dk"], servers);
        Assert.DoesNotContain("evil.example.com", document.RootElement.GetRawText());
    }
}
