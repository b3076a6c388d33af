using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Moderation;

public abstract class ModerationTest(ForumFixture fixture) : ForumTest(fixture)
{
    protected const string StaffName = "Sofie Dahl";

    /// <summary>A registered secretariat employee, so the timeline can name who hid something.</summary>
    protected async Task<Caller> StaffAsync()
    {
        var organisationId = await Admin.CreateAsync("/api/organisations", new { name = "Resonans" });
        await Admin.CreateAsync("/api/staff", new { name = StaffName, email = "sd@resonans.dk", organisationId, entraObjectId = "sofie-oid" });
        return As("secretariat", "sofie-oid");
    }
}

public static class ModerationSteps
{

    public static async Task HideAsync(this Caller caller, string url, string reason = "Personangreb") =>
        await (await caller.PostAsync($"{url}/hide", new { reason })).ShouldHaveStatusAsync(204);

    public static async Task RestoreAsync(this Caller caller, string url) =>
        await (await caller.PostAsync($"{url}/restore")).ShouldHaveStatusAsync(204);

    public static async Task<JsonElement[]> TimelineAsync(this Caller caller, Guid themeId) =>
        await caller.ItemsAsync($"/api/themes/{themeId}/timeline?limit=200");

    /// <summary>Whether a timeline entry is about the item.</summary>
    public static bool About(this JsonElement entry, Guid itemId) =>
        entry.GetProperty("itemId").ValueKind == JsonValueKind.String && entry.Id("itemId") == itemId;

    public static async Task<string[]> SearchIdsAsync(this Caller caller, string q) =>
        (await caller.ItemsAsync($"/api/search?q={Uri.EscapeDataString(q)}")).Select(h => h.Str("id")).ToArray();
}
