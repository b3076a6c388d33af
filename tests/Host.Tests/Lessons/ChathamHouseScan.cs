using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

/// <summary>
/// Reads surfaces of the API as someone would and checks what each tells about a Chatham House lesson. A surface either
/// must show the lesson, and then nothing anywhere in the same response may be one of the secrets (not only in the
/// lesson's own object: a copy of someone's data names them once, at the top); or it must answer without the lesson.
/// A refused or empty answer fails either way, so the scan can never pass by seeing nothing.
/// </summary>
public sealed class ChathamHouseScan(Guid lesson, IReadOnlyList<string> secrets)
{
    private readonly string _lesson = lesson.ToString();

    /// <returns>The response, for comparing what it showed of the lesson before and after.</returns>
    public async Task<string> ShowsAsync(Caller reader, string who, string url)
    {
        var text = await ReadAsync(reader, who, url);
        Assert.True(text.Contains(_lesson), $"{who} did not find the lesson at {url}: {text}");
        foreach (var secret in secrets)
            Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url}, read by {who}, shows the lesson and \"{secret}\": {text}");
        return text;
    }

    public async Task<string> LeavesOutAsync(Caller reader, string who, string url)
    {
        var text = await ReadAsync(reader, who, url);
        Assert.False(text.Contains(_lesson), $"{url}, read by {who}, shows the lesson: {text}");
        return text;
    }

    /// <summary>The raw JSON of the innermost objects whose own values mention the lesson: what the response shows of it.</summary>
    public IReadOnlyList<string> PartsAbout(string response) => [.. Mentioning(JsonDocument.Parse(response).RootElement)];

    /// <summary>The lesson's own object in a response that shows it (the lesson itself, or its entry in a list).</summary>
    public JsonElement LessonIn(string response) =>
        PartsAbout(response).Select(part => JsonDocument.Parse(part).RootElement)
            .Single(o => o.TryGetProperty("id", out var id) && id.GetString() == _lesson);

    private static async Task<string> ReadAsync(Caller reader, string who, string url)
    {
        var response = await reader.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}, read by {who}, was refused ({(int)response.StatusCode}): {text}");
        var json = JsonDocument.Parse(text).RootElement;
        var items = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var page) ? page : json;
        Assert.False(items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0, $"{url}, read by {who}, was empty.");
        return text;
    }

    private IEnumerable<string> Mentioning(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array) return element.EnumerateArray().SelectMany(Mentioning);
        if (element.ValueKind != JsonValueKind.Object) return [];
        var own = element.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Contains(_lesson));
        var inner = element.EnumerateObject().SelectMany(p => Mentioning(p.Value)).ToList();
        return own ? inner.Prepend(element.GetRawText()) : inner;
    }
}
