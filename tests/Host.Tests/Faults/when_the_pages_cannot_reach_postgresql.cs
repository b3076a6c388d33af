using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;

namespace Politikerforum.Host.Tests.Faults;

/// <summary>
/// PostgreSQL stopped under the secretariat's pages: a person gets a Danish page saying the forum is temporarily
/// unavailable, with 503 and Retry-After as the API answers, and the trace id the Error log line carries; never a 500.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed partial class when_the_pages_cannot_reach_postgresql
{
    [Fact]
    public async Task the_secretariat_is_asked_to_try_again_later_with_503_and_retry_after()
    {
        await using var postgres = await RestartablePostgres.StartAsync();
        var logs = new CapturedLogs();
        await using var host = await SeparateForum.StartHostAsync(postgres.ConnectionString, builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.Configure<LoggerFilterOptions>(o => o.AddFilter<CapturedLogs>(null, LogLevel.Information));
        }));
        var secretariat = await Visitor.SignedInAsync(host, $"oid-{Guid.NewGuid():N}", "secretariat");
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync("/sekretariat/medlemmer")).StatusCode);

        await RestartablePostgres.StopClusterAsync();
        try
        {
            var answer = await secretariat.GetAsync("/sekretariat/medlemmer");
            var html = await answer.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.Equal("5", answer.Headers.GetValues("Retry-After").Single());
            Assert.StartsWith("text/html", answer.Content.Headers.ContentType?.ToString());
            Assert.Contains("<h1>Politikerforum er midlertidigt utilgængeligt</h1>", html);
            Assert.Contains("Prøv igen om et par minutter.", html);
            var traceId = TraceId().Match(html) is { Success: true } found ? found.Groups[1].Value : throw new Xunit.Sdk.XunitException($"No trace id on the page:\n{html}");
            Assert.Contains(logs.Lines, line => line.StartsWith("Error ") && line.Contains($"with trace id {traceId}") && line.Contains("answered 503"));
        }
        finally
        {
            // Back before the host stops, so it can say goodbye to the database instead of waiting for it.
            await RestartablePostgres.StartClusterAsync();
        }
    }

    [GeneratedRegex("<code class=\"fejlreference\">([0-9a-f]+)</code>")]
    private static partial Regex TraceId();
}
