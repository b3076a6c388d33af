using Alba;
using Microsoft.AspNetCore.Hosting;
using Politikerforum.Host.Tests.Support;
using Wolverine;

namespace Politikerforum.Host.Tests.Auth;

/// <summary>In Production only Entra ID's tokens count; development tokens are a local convenience.</summary>
public sealed class when_running_in_production : IAsyncLifetime
{
    private const string Audience = "api://politikerforum";
    private FakeEntra _entra = null!;

    public async Task InitializeAsync() => _entra = await FakeEntra.StartAsync();
    public async Task DisposeAsync() => await _entra.DisposeAsync();

    private static Task<IAlbaHost> ProductionHostAsync(string? authority, string? callerSecret = "en-hemmelighed-kun-for-denne-test") => AlbaHost.For<Program>(builder =>
    {
        builder.UseSetting("Idempotency:CallerSecret", callerSecret);
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Marten", Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        builder.UseSetting("Auth:DevelopmentSigningKey", Tokens.SigningKey);
        builder.UseSetting("Auth:Authority", authority);
        builder.UseSetting("Auth:Audience", Audience);
        builder.UseSetting("Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Critical");
        builder.ConfigureServices(services => services.RunWolverineInSoloMode());
    });

    [Fact]
    public async Task the_host_refuses_to_start_without_an_entra_authority()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ProductionHostAsync(authority: null));
        Assert.Contains("Auth:Authority", failure.ToString());
    }

    [Fact]
    public async Task the_host_refuses_to_start_without_a_secret_for_hashing_callers()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ProductionHostAsync(_entra.Authority, callerSecret: null));
        Assert.Contains("Idempotency:CallerSecret", failure.ToString());
    }

    [Fact]
    public async Task an_entra_token_is_accepted_and_a_development_token_is_not()
    {
        await using var host = await ProductionHostAsync(_entra.Authority);

        var entra = await new Caller(host, _entra.TokenFor("admin", "admin-oid", Audience)).GetAsync("/api/themes");
        await entra.ShouldHaveStatusAsync(200);

        var development = await new Caller(host, Tokens.For("admin", "admin-oid")).GetAsync("/api/themes");
        await development.ShouldBeProblemAsync(401);
    }
}
