using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Politikerforum.Domain.Commands;
using Politikerforum.Host.Tests.Support;
using Wolverine.Http;
using Wolverine.Runtime;

namespace Politikerforum.Host.Tests.Observability;

/// <summary>
/// A 500 is a bug, and whoever answers the caller's report must find it: logged at Error with the trace id the answer
/// carries. The host's log filters keep that, and every failing handler, heard; only unreadable request bodies are quieted.
/// </summary>
public sealed class when_something_fails_on_our_side(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_500_is_logged_at_error_with_the_trace_id_its_answer_carries()
    {
        var themeId = await Secretariat.OpenThemeAsync();
        // Data no version of the forum writes: reading it fails on our side, as a bug would.
        await using (var session = Store.LightweightSession())
        {
            session.QueueSqlCommand("update forum.mt_doc_theme set data = jsonb_set(data, '{visibility}', '\"nonsense\"') where id = ?", themeId);
            await session.SaveChangesAsync();
        }
        Logs.Clear();

        var problem = await (await Secretariat.GetAsync($"/api/themes/{themeId}")).ShouldBeProblemAsync(500);

        var traceId = problem.Str("traceId");
        Assert.Matches("^[0-9a-f]{32}$", traceId);
        var logged = Assert.Single(Logs.Lines, line => line.StartsWith("Error ") && line.Contains(traceId));
        Assert.Contains("Exception", logged);
        Assert.DoesNotContain("Exception", problem.GetRawText());
        // Logged where the host's own filters let it through, not only to this test's capture.
        Assert.True(HostFilters().CreateLogger(logged[6..logged.IndexOf(':')]).IsEnabled(LogLevel.Error), logged);
    }

    [Fact]
    public void every_handler_of_scheduled_or_queued_work_is_heard_and_only_the_commands_unreadable_bodies_are_quieted()
    {
        using var filters = HostFilters();
        var runtime = (WolverineRuntime)Host.Services.GetRequiredService<IWolverineRuntime>();
        var messages = runtime.Handlers.Chains.Select(c => c.MessageType).ToList();
        var commands = messages.Where(t => t.IsAssignableTo(typeof(ICommand))).ToList();
        var work = messages.Except(commands).ToList();
        Assert.NotEmpty(commands);
        Assert.Contains(work, t => t.Name == "CloseDecisionForPositions");

        // Wolverine logs a message's failure under the category of its type, and a body it cannot read under the body's type.
        var bodies = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<HttpChain>()).OfType<HttpChain>().Where(c => c.HasRequestType).Select(c => c.RequestType!).ToList();
        Assert.NotEmpty(bodies);
        Assert.All(work, t => Assert.True(filters.CreateLogger(t).IsEnabled(LogLevel.Error), $"{t.FullName} is not logged at Error"));
        Assert.All(bodies, t => Assert.False(filters.CreateLogger(t).IsEnabled(LogLevel.Error), $"{t.FullName} logs unreadable bodies"));
        Assert.True(filters.CreateLogger("Politikerforum.Domain.Members.MaskErasedMemberHandler").IsEnabled(LogLevel.Error));
    }

    /// <summary>
    /// A logger factory with the host's own filter rules, without the rule that lets this test's capture see everything:
    /// what a console or collector in production is given.
    /// </summary>
    private ILoggerFactory HostFilters()
    {
        var host = Host.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value;
        var options = new LoggerFilterOptions { MinLevel = host.MinLevel };
        foreach (var rule in host.Rules.Where(r => r.ProviderName != typeof(CapturedLogs).FullName)) options.Rules.Add(rule);
        return new LoggerFactory([new CapturedLogs()], options);
    }
}
