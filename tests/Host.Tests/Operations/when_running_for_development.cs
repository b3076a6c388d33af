using Alba;
using Microsoft.AspNetCore.Hosting;
using Politikerforum.Host.Tests.Support;
using Wolverine;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// <c>ops/run</c> runs the forum in Development, where the container checks every service's lifetime when the host is
/// built (a singleton may not hold a scoped service). The other tests run as Testing, without that check, so this one
/// builds the host as <c>ops/run</c> does.
/// </summary>
[Collection(ForumCollection.Name)]
public sealed class when_running_for_development
{
    [Fact]
    public async Task the_host_builds_and_answers_with_every_lifetime_checked()
    {
        await using var host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Marten", Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
            builder.UseSetting("Forum:SeedDemoData", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Critical");
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });

        var ready = await host.Server.CreateClient().GetAsync("/health/ready");

        Assert.Equal(200, (int)ready.StatusCode);
    }
}
