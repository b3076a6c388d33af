namespace Politikerforum.Host.Tests.Operations;

/// <summary>A missing or malformed setting stops the real host process at once: exit code 1, one line naming the setting, no stack trace.</summary>
public sealed class when_the_configuration_is_wrong
{
    private static readonly Dictionary<string, string> Production = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Marten"] = "Host=127.0.0.1;Port=1;Database=never_reached;Username=forum;Password=pw-never-shown",
        ["Auth__Authority"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001/v2.0",
        ["Auth__Audience"] = "api://politikerforum",
        ["Idempotency__CallerSecret"] = new string('s', 40)
    };

    private static readonly System.Text.RegularExpressions.Regex StackFrame = new(@"\bat [\w.`<>]+\(");

    [Theory]
    [InlineData("ConnectionStrings__Marten", null, "ConnectionStrings:Marten")]
    [InlineData("ConnectionStrings__Marten", "Server;;=x=y", "ConnectionStrings:Marten")]
    [InlineData("Auth__Authority", null, "Auth:Authority")]
    [InlineData("Auth__Authority", "login.microsoftonline.com", "Auth:Authority")]
    [InlineData("Auth__Audience", "", "Auth:Audience")]
    [InlineData("Idempotency__CallerSecret", null, "Idempotency:CallerSecret")]
    [InlineData("Idempotency__CallerSecret", "short", "Idempotency:CallerSecret")]
    [InlineData("RateLimiting__PermitLimit", "many", "RateLimiting:PermitLimit")]
    [InlineData("RateLimiting__WindowSeconds", "0", "RateLimiting:WindowSeconds")]
    [InlineData("Http__MaxRequestBodyBytes", "12", "Http:MaxRequestBodyBytes")]
    [InlineData("Forum__PublicUrl", "politikerforum.dk", "Forum:PublicUrl")]
    [InlineData("Forum__SeedDemoData", "ja", "Forum:SeedDemoData")]
    [InlineData("Forum__SeedDemoData", "true", "Forum:SeedDemoData")]
    [InlineData("Api__Docs", "nej", "Api:Docs")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4317", "OTEL_EXPORTER_OTLP_ENDPOINT")]
    [InlineData("Webhooks__RetryFor", "et døgn", "Webhooks:RetryFor")]
    public async Task the_host_stops_with_one_line_naming_the_setting(string variable, string? value, string setting)
    {
        var environment = new Dictionary<string, string>(Production);
        if (value is null) environment.Remove(variable);
        else environment[variable] = value;

        var (exitCode, output) = await HostProcess.RunAsync(environment);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(setting, line);
        Assert.DoesNotMatch(StackFrame, line);
        Assert.DoesNotContain("Exception", line);
        Assert.DoesNotContain("pw-never-shown", line);
    }
}
