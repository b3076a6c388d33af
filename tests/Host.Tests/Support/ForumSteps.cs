using System.Text.Json;

namespace Politikerforum.Host.Tests.Support;

/// <summary>The everyday steps of the forum, as a caller takes them; each asserts that it succeeded.</summary>
public static class ForumSteps
{
    public static Task<Guid> OpenThemeAsync(this Caller caller, string visibility = "forum", string title = "Fremtidens arbejdskraft") =>
        caller.CreateAsync("/api/themes", new { title, description = "Hvordan sikrer vi hænder nok i velfærden?", visibility });

    public static async Task AddParticipantAsync(this Caller caller, Guid themeId, Guid memberId) =>
        await (await caller.PostAsync($"/api/themes/{themeId}/participants", new { memberId })).ShouldHaveStatusAsync(204);

    public static Task<Guid> PublishAsync(this Caller caller, Guid themeId, string text, Guid? replyTo = null) =>
        caller.CreateAsync($"/api/themes/{themeId}/posts", new { text, replyTo });

    public static Task<JsonElement> ThemeAsync(this Caller caller, Guid themeId) => caller.ReadAsync<JsonElement>($"/api/themes/{themeId}");

    public static Task<JsonElement> PostAsync(this Caller caller, Guid postId) => caller.ReadAsync<JsonElement>($"/api/posts/{postId}");

    public static async Task<JsonElement[]> ItemsAsync(this Caller caller, string url) =>
        (await caller.ReadAsync<JsonElement>(url)).GetProperty("items").EnumerateArray().ToArray();

    /// <summary>
    /// Follows <c>next</c> from page to page and returns every item, asserting each page holds at most <paramref name="limit"/>
    /// and that the cursor moves on (a cursor that comes back would page forever).
    /// </summary>
    public static async Task<List<JsonElement>> AllPagesAsync(this Caller caller, string url, int limit)
    {
        var all = new List<JsonElement>();
        var seen = new HashSet<string>();
        var separator = url.Contains('?') ? '&' : '?';
        string? next = null;
        do
        {
            var page = await caller.ReadAsync<JsonElement>($"{url}{separator}limit={limit}{(next is null ? "" : $"&after={Uri.EscapeDataString(next)}")}");
            var items = page.GetProperty("items").EnumerateArray().ToArray();
            Assert.InRange(items.Length, 0, limit);
            all.AddRange(items);
            next = page.GetProperty("next").GetString();
            Assert.True(next is null || seen.Add(next), $"The cursor {next} of {url} came back: paging would never end.");
        } while (next is not null);
        return all;
    }

    public static string Str(this JsonElement e, string property) => e.GetProperty(property).GetString()!;
    public static Guid Id(this JsonElement e, string property = "id") => e.GetProperty(property).GetGuid();
}
