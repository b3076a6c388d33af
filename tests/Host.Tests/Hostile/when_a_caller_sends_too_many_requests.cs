using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Host.Tests.Support;
using Wolverine;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>A host of its own with a limit of three requests a minute; the shared one has a limit no test reaches.</summary>
[Collection(ForumCollection.Name)]
public sealed class when_a_caller_sends_too_many_requests : IAsyncLifetime
{
    private IAlbaHost host = null!;

    public async Task InitializeAsync()
    {
        host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Marten", Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
            builder.UseSetting("Auth:DevelopmentSigningKey", Tokens.SigningKey);
            builder.UseSetting("Forum:SeedDemoData", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("RateLimiting:PermitLimit", "3");
            builder.UseSetting("RateLimiting:WindowSeconds", "60");
            builder.ConfigureServices(services =>
            {
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
            });
        });
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task the_fourth_request_in_a_minute_is_a_429_with_retry_after_and_other_callers_carry_on()
    {
        var flooder = new Caller(host, Tokens.For("admin", "flooding-oid"));
        for (var i = 0; i < 3; i++) await (await flooder.GetAsync("/api/themes")).ShouldHaveStatusAsync(200);

        var refused = await flooder.GetAsync("/api/themes");

        var problem = await refused.ShouldBeProblemAsync(429);
        Assert.Equal("Du har sendt for mange forespørgsler på kort tid. Vent lidt, og prøv igen.", problem.Detail());
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 60);
        await (await new Caller(host, Tokens.For("admin", "patient-oid")).GetAsync("/api/themes")).ShouldHaveStatusAsync(200);
    }
}
