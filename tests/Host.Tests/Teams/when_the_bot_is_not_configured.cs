using System.Diagnostics;
using Alba;
using Microsoft.AspNetCore.Hosting;
using Politikerforum.Host.Tests.Support;
using Wolverine;

namespace Politikerforum.Host.Tests.Teams;

/// <summary>Without Teams:AppId the bot is off and /api/messages does not exist; a bot with an app id but no secret stops the host.</summary>
[Collection(ForumCollection.Name)]
public sealed class when_the_bot_is_not_configured
{
    [Fact]
    public async Task without_an_app_id_there_is_no_messages_endpoint()
    {
        await using var host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Marten", Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
            builder.UseSetting("Auth:DevelopmentSigningKey", Tokens.SigningKey);
            builder.UseSetting("Logging:LogLevel:Default", "Critical");
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });

        var response = await host.Server.CreateClient().PostAsync("/api/messages", new StringContent("""{"type":"message"}"""));

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task an_app_id_without_its_password_stops_the_host_with_one_line_naming_it()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Politikerforum.Host.dll")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory
        };
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("Teams", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["Teams__AppId"] = "6f2c1b0e-5a4d-4c3b-9e8f-7a6b5c4d3e2f";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var host = Process.Start(start)!;
        var output = host.StandardOutput.ReadToEndAsync();
        var errors = host.StandardError.ReadToEndAsync();
        await host.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

        Assert.NotEqual(0, host.ExitCode);
        var line = Assert.Single((await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Teams:AppPassword", line);
        Assert.DoesNotContain(" at ", await output + await errors);
    }
}
