using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Experiments;

/// <summary>The steps of an experiment's life, as a caller takes them; each asserts that it succeeded.</summary>
public static class ExperimentSteps
{
    public static object Proposal(DateTimeOffset now, string title = "Firedages arbejdsuge i ældreplejen", string[]? levels = null) => new
    {
        title,
        hypothesis = "Flere søger job i ældreplejen, når arbejdsugen er fire dage.",
        bodies = new[] { "Odense Kommune", "Region Syddanmark" },
        levels = levels ?? ["kommune", "region"],
        plannedEnd = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6)
    };

    public static Task<Guid> ProposeExperimentAsync(this Caller caller, Guid themeId, DateTimeOffset now, string title = "Firedages arbejdsuge i ældreplejen",
        string[]? levels = null) =>
        caller.CreateAsync($"/api/themes/{themeId}/experiments", Proposal(now, title, levels));

    public static async Task StartExperimentAsync(this Caller caller, Guid experimentId) =>
        await (await caller.PostAsync($"/api/experiments/{experimentId}/start")).ShouldHaveStatusAsync(200);

    public static async Task NoteProgressAsync(this Caller caller, Guid experimentId, string note) =>
        await (await caller.PostAsync($"/api/experiments/{experimentId}/progress", new { note })).ShouldHaveStatusAsync(200);

    public static async Task ConcludeExperimentAsync(this Caller caller, Guid experimentId, string outcome = "mixed", string summary = "Flere ansøgere, dyrere vikarer.") =>
        await (await caller.PostAsync($"/api/experiments/{experimentId}/conclude", new { outcome, summary })).ShouldHaveStatusAsync(200);

    public static async Task AbandonExperimentAsync(this Caller caller, Guid experimentId, string reason = "Budgettet blev skåret.") =>
        await (await caller.PostAsync($"/api/experiments/{experimentId}/abandon", new { reason })).ShouldHaveStatusAsync(200);

    public static Task<JsonElement> ExperimentAsync(this Caller caller, Guid experimentId) =>
        caller.ReadAsync<JsonElement>($"/api/experiments/{experimentId}");
}
