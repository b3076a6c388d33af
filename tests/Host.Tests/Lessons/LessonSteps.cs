using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

public static class LessonSteps
{
    public static Task<Guid> RecordLessonAsync(this Caller caller, Guid themeId, string title, string text,
        string kind = "worked", string confidentiality = "forum", string[]? tags = null, Guid? sourceDecisionId = null) =>
        caller.CreateAsync($"/api/themes/{themeId}/lessons", new { title, text, kind, confidentiality, tags = tags ?? [], sourceDecisionId });
}
