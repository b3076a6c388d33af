using System.Text.Json;
using Politikerforum.Host.Tests.Authorization;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Integrations.Webhooks;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    private const string Integration = "door-integration";

    private static Task<Guid> WebhookAsync(ForumTestContext c, string? url = null) =>
        c.As("integrator", Integration).CreateAsync("/api/webhooks", new { url = url ?? MatrixScenario.WebhookUrl });

    private static IEnumerable<DoorRow> Webhooks() =>
    [
        DoorRow.For<SubscribeWebhook>("an integration subscribes a webhook", _ => Task.FromResult(new DoorCase("integrator", Integration, HttpMethod.Post,
            "/api/webhooks", new { url = MatrixScenario.WebhookUrl, types = new[] { "dk.politikerforum.post.published" } },
            new SubscribeWebhook(MatrixScenario.WebhookUrl, ["dk.politikerforum.post.published"], null)))),
        DoorRow.For<SubscribeWebhook>("a webhook may not point into a private network", _ => Task.FromResult(new DoorCase("integrator", Integration,
            HttpMethod.Post, "/api/webhooks", new { url = "http://10.1.2.3/hook" }, new SubscribeWebhook("http://10.1.2.3/hook", null, null)))),
        DoorRow.For<SubscribeWebhook>("a member may not subscribe", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Post, "/api/webhooks", new { url = MatrixScenario.WebhookUrl }, new SubscribeWebhook(MatrixScenario.WebhookUrl, null, null));
        }),
        DoorRow.For<RotateWebhookSecret>("the integration rotates its secret", async c =>
        {
            var id = await WebhookAsync(c);
            return new("integrator", Integration, HttpMethod.Post, $"/api/webhooks/{id}/rotate", null, new RotateWebhookSecret(id));
        }),
        DoorRow.For<RotateWebhookSecret>("another integration's webhook is unknown", async c =>
        {
            var id = await WebhookAsync(c);
            return new("integrator", "another-integration", HttpMethod.Post, $"/api/webhooks/{id}/rotate", null, new RotateWebhookSecret(id));
        }),
        DoorRow.For<TestWebhook>("the integration asks for a test event", async c =>
        {
            var id = await WebhookAsync(c);
            return new("integrator", Integration, HttpMethod.Post, $"/api/webhooks/{id}/test", null, new TestWebhook(id));
        }),
        DoorRow.For<TestWebhook>("an unknown webhook cannot be tested", _ =>
        {
            var id = Guid.NewGuid();
            return Task.FromResult(new DoorCase("integrator", Integration, HttpMethod.Post, $"/api/webhooks/{id}/test", null, new TestWebhook(id)));
        }),
        DoorRow.For<ReplayWebhookDelivery>("the integration replays a failed delivery", async c =>
        {
            var id = await WebhookAsync(c, MatrixScenario.DeadWebhookUrl);
            var integration = c.As("integrator", Integration);
            await (await integration.PostAsync($"/api/webhooks/{id}/test")).ShouldHaveStatusAsync(202);
            var delivery = (await integration.WaitForFailedAsync(id)).Id();
            return new("integrator", Integration, HttpMethod.Post, $"/api/webhooks/{id}/deliveries/{delivery}/replay", null, new ReplayWebhookDelivery(id, delivery));
        }),
        DoorRow.For<ReplayWebhookDelivery>("an unknown delivery cannot be replayed", async c =>
        {
            var id = await WebhookAsync(c);
            var delivery = Guid.NewGuid();
            return new("integrator", Integration, HttpMethod.Post, $"/api/webhooks/{id}/deliveries/{delivery}/replay", null, new ReplayWebhookDelivery(id, delivery));
        }),
        DoorRow.For<DeleteWebhook>("the integration deletes its webhook", async c =>
        {
            var id = await WebhookAsync(c);
            return new("integrator", Integration, HttpMethod.Delete, $"/api/webhooks/{id}", null, new DeleteWebhook(id));
        }),
        DoorRow.For<DeleteWebhook>("the secretariat may not delete webhooks", async c =>
        {
            var id = await WebhookAsync(c);
            return new("secretariat", "secretariat-oid", HttpMethod.Delete, $"/api/webhooks/{id}", null, new DeleteWebhook(id));
        }),
    ];

    /// <summary>The test delivery, once nothing at the address has answered it.</summary>
    private static async Task<JsonElement> WaitForFailedAsync(this Caller integration, Guid id)
    {
        JsonElement[] deliveries = [];
        await Poll.UntilAsync(async () => (deliveries = await integration.ItemsAsync($"/api/webhooks/{id}/deliveries?status=failed")).Length == 1,
            TimeSpan.FromSeconds(20), () => "The test delivery did not fail.");
        return deliveries[0];
    }
}
