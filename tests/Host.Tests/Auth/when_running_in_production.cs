using Alba;
using Microsoft.AspNetCore.Hosting;
using Politikerforum.Host.Tests.Support;
using Wolverine;

namespace Politikerforum.Host.Tests.Auth;

/// <summary>In Production only Entra ID's tokens count; development tokens are a local convenience. (Without an authority or a
/// caller secret the host does not start: Operations/when_the_configuration_is_wrong.)</summary>
/// <remarks>In the forum collection: a Production host creates no schema, so the fixture's Testing host must have made it first.</remarks>
[Collection(ForumCollection.Name)]
public sealed class when_running_in_production : IAsyncLifetime
{
    private const string Audience = "api://politikerforum";
    private FakeEntra _entra = null!;

    public async Task InitializeAsync() => _entra = await FakeEntra.StartAsync();
    public async Task DisposeAsync() => await _entra.DisposeAsync();

    private static Task<IAlbaHost> ProductionHostAsync(string? authority) => AlbaHost.For<Program>(builder =>
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Marten", Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        builder.UseSetting("Auth:DevelopmentSigningKey", Tokens.SigningKey);
        builder.UseSetting("Auth:Authority", authority);
        builder.UseSetting("Auth:Audience", Audience);
        builder.UseSetting("Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Idempotency:CallerSecret", new string('s', 40));
        builder.UseSetting("Logging:LogLevel:Default", "Critical");
        builder.ConfigureServices(services => services.RunWolverineInSoloMode());
    });

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
