using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

public static class LessonSteps
{
    public static Task<Guid> RecordLessonAsync(this Caller caller, Guid themeId, string title, string text,
        string kind = "worked", string confidentiality = "forum", string[]? tags = null, Guid? sourceDecisionId = null) =>
        caller.CreateAsync($"/api/themes/{themeId}/lessons", new { title, text, kind, confidentiality, tags = tags ?? [], sourceDecisionId });

    public static Task<JsonElement> LessonAsync(this Caller caller, Guid lessonId) => caller.ReadAsync<JsonElement>($"/api/lessons/{lessonId}");

    public static async Task EndorseAsync(this Caller caller, Guid lessonId) =>
        await (await caller.PostAsync($"/api/lessons/{lessonId}/endorsements")).ShouldHaveStatusAsync(204);

    /// <summary>A valid body for recording a lesson, with <paramref name="change"/> applied to it: for refusals field by field.</summary>
    public static Dictionary<string, object?> ALesson(Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Fælles vagtplan", ["text"] = "Det virkede at dele vagtplanen på tværs af kommunerne.",
            ["kind"] = "worked", ["tags"] = new[] { "vagtplan" }, ["confidentiality"] = "forum"
        };
        change?.Invoke(body);
        return body;
    }

    /// <summary>How a Chatham House author is shown to everyone but the author: nobody, by the label, without an id.</summary>
    public static (JsonValueKind Id, string? Name, JsonValueKind Level, JsonValueKind Body) Shown(this JsonElement person) =>
        (person.GetProperty("id").ValueKind, person.GetProperty("name").GetString(), person.GetProperty("level").ValueKind, person.GetProperty("body").ValueKind);

    public static readonly (JsonValueKind, string?, JsonValueKind, JsonValueKind) Anonymous =
        (JsonValueKind.Null, "Chatham House – afsender anonym", JsonValueKind.Null, JsonValueKind.Null);
}
