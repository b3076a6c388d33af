using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Webhooks;
using Xunit.Abstractions;

namespace Politikerforum.Host.Tests.Faults;

/// <summary>
/// PostgreSQL stopped and started again while writers keep the host busy. During the outage callers get a clean 503 with
/// Retry-After and a Danish problem (logged at Error under the trace id it carries), never a 500; afterwards the host
/// serves again by itself, nothing acknowledged is lost or half-written, and the webhook deliveries catch up.
/// </summary>
[Collection(SeparateForumCollection.Name)]
public sealed class when_postgresql_restarts(ITestOutputHelper output)
{
    [Fact]
    public async Task callers_get_503_with_retry_after_and_the_host_recovers_by_itself()
    {
        await using var postgres = await RestartablePostgres.StartAsync();
        await using var nodes = await ForumNodes.CreateAsync(postgres.ConnectionString);
        await using var receiver = await WebhookReceiver.StartAsync();
        var host = await nodes.StartAsync();
        var admin = nodes.As(host, "admin", "admin-oid");
        var (themeId, _) = await nodes.ThemeWatchedByAsync(receiver, host);
        var burst = PostBurst.Start(themeId, nodes.Writers(4, host));
        await burst.UntilAcknowledgedAsync(30, "before the restart");

        await RestartablePostgres.StopClusterAsync();
        await Poll.UntilAsync(() => burst.Statuses.Count(s => s == 503) >= 4, TimeSpan.FromSeconds(30),
            () => $"The writers were not answered 503 during the outage: {burst.Summary}");
        var response = await admin.GetAsync($"/api/themes/{themeId}");
        var problem = await response.ShouldBeProblemAsync(503);
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("Forummet er midlertidigt utilgængeligt", problem.Str("title"));
        Assert.StartsWith("Forummet kan ikke nå sin database lige nu.", problem.Str("detail"));
        var traceId = problem.Str("traceId");
        // The host's console logger writes from a queue of its own: the line may come a moment after the answer.
        await Poll.UntilAsync(() => host.Output.Split('\n').Any(line => line.Contains("\"LogLevel\":\"Error\"") && line.Contains(traceId)),
            TimeSpan.FromSeconds(10), () => $"No error was logged under the trace id {traceId}.");
        var acknowledgedBefore = burst.Acknowledged.Count;

        await RestartablePostgres.StartClusterAsync();
        await burst.UntilAcknowledgedAsync(acknowledgedBefore + 30, "after PostgreSQL was back");
        await burst.StopAsync();
        // A pooled connection the restart closed fails once when next used, and is then replaced: readiness comes back too.
        await Poll.UntilAsync(async () => (await admin.GetAsync("/health/ready")).IsSuccessStatusCode, TimeSpan.FromSeconds(30),
            () => "The host did not report itself ready after PostgreSQL was back.");

        output.WriteLine($"{burst.Acknowledged.Count} acknowledged; answers {burst.Summary}.");
        Assert.All(burst.Statuses, status => Assert.True(status is 201 or 503, $"Answered {status}: {burst.Summary}"));
        await StoredPosts.AssertWholeAsync(postgres.ConnectionString, burst.Acknowledged);
        var posts = await StoredPosts.CountAsync(postgres.ConnectionString);
        await receiver.WaitForAsync(r => r.Select(x => x.WebhookId).Distinct().Count() >= posts, $"all {posts} posts delivered after the restart", 60);
    }
}
