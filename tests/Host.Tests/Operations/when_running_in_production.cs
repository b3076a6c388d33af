using System.Net.Http.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// The host as it runs in production: its own process, Production settings from environment variables, a database
/// migrated with ops/db (never by the host itself), Wolverine's pre-generated code instead of Roslyn, and no secret in
/// its logs even at the most talkative level.
/// </summary>
public sealed class when_running_in_production
{
    private const string Audience = "api://politikerforum";
    private const string Password = "pw-9f8e7d6c5b4a";
    private const string CallerSecret = "caller-secret-0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private const string BotPassword = "bot-password-a1b2c3d4e5f6";

    [Fact]
    public async Task a_migrated_database_serves_with_pregenerated_code_and_no_secret_in_the_logs()
    {
        await using var database = await ScratchDatabase.CreateAsync("production");
        await using var entra = await FakeEntra.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Marten"] = $"{database.ConnectionString};Password={Password}",
            ["Auth__Authority"] = entra.Authority,
            ["Auth__Audience"] = Audience,
            ["Auth__RequireHttpsMetadata"] = "false",
            ["Idempotency__CallerSecret"] = CallerSecret,
            ["Teams__AppId"] = "6f2c1b0e-5a4d-4c3b-9e8f-7a6b5c4d3e2f",
            ["Teams__AppPassword"] = BotPassword,
            ["Logging__LogLevel__Default"] = "Trace",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Trace",
            ["Logging__LogLevel__Wolverine"] = "Trace",
            ["Logging__LogLevel__Marten"] = "Trace"
        };

        var unmigrated = await OpsScript.TryAsync("db", environment, "--app", AppContext.BaseDirectory, "assert");
        Assert.NotEqual(0, unmigrated.ExitCode);
        await OpsScript.RunAsync("db", environment, "--app", AppContext.BaseDirectory, "apply");
        await OpsScript.RunAsync("db", environment, "--app", AppContext.BaseDirectory, "assert");

        await using var host = HostProcess.Start(environment);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        using var client = new HttpClient();
        Assert.Equal(401, (int)(await client.GetAsync($"{host.Url}/api/themes")).StatusCode);
        Assert.Equal(401, (int)(await client.PostAsync($"{host.Url}/api/messages", new StringContent("{}"))).StatusCode);

        // An endpoint and a command handler run, and nothing is compiled for them: outside Development the host has no
        // compiler (NoRuntimeCompilation), so code not pre-generated would be a 500 here.
        client.DefaultRequestHeaders.Authorization = new("Bearer", entra.TokenFor("admin", "admin-oid", Audience));
        Assert.Equal(200, (int)(await client.GetAsync($"{host.Url}/api/themes")).StatusCode);
        Assert.Equal(201, (int)(await client.PostAsJsonAsync($"{host.Url}/api/organisations", new { name = "Resonans" })).StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync($"{host.Url}/api/admin/projections")).StatusCode);
        Assert.Contains("Now listening on", host.Output);
        foreach (var secret in new[] { Password, CallerSecret, BotPassword })
            Assert.DoesNotContain(secret, host.Output);
    }
}
