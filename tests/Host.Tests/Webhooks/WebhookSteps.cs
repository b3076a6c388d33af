using System.Net.Http.Json;
using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Webhooks;

public static class WebhookSteps
{
    public const string Published = "dk.politikerforum.post.published";

    public static async Task<(Guid Id, string Secret)> SubscribeAsync(this Caller caller, string url, string[]? types = null, Guid? themeId = null)
    {
        var response = await caller.PostAsync("/api/webhooks", new { url, types = types ?? [], themeId });
        await response.ShouldHaveStatusAsync(201);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(ForumTest.Json);
        Assert.Equal($"/api/webhooks/{created.Id()}", response.Headers.Location!.ToString());
        return (created.Id(), created.Str("secret"));
    }

    public static async Task<JsonElement[]> DeliveriesAsync(this Caller caller, Guid id, string? status = null) =>
        await caller.ItemsAsync($"/api/webhooks/{id}/deliveries?limit=200{(status is null ? "" : $"&status={status}")}");

    /// <summary>Polls the delivery list until <paramref name="done"/> holds, or fails after <paramref name="seconds"/>.</summary>
    public static async Task<JsonElement[]> WaitForDeliveriesAsync(this Caller caller, Guid id, Func<JsonElement[], bool> done, string what, int seconds = 30)
    {
        JsonElement[] deliveries = [];
        await Poll.UntilAsync(async () => done(deliveries = await caller.DeliveriesAsync(id)), TimeSpan.FromSeconds(seconds),
            () => $"Waited {seconds} s for {what}; deliveries: {JsonSerializer.Serialize(deliveries)}");
        return deliveries;
    }
}
