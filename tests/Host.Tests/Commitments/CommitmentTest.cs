using System.Text.Json;
using Politikerforum.Domain.Commitments;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Commitments;

/// <summary>Commitments are made between levels: three members from three levels taking part in one theme.</summary>
public abstract class CommitmentTest(ForumFixture fixture) : ForumTest(fixture)
{
    protected sealed record Participant(Guid Id, Caller Caller);

    /// <summary>Mette (Aarhus Kommune) opened the theme; Anne (Region Midtjylland) and Jonas (Folketinget) take part.</summary>
    protected sealed record ThreeLevels(Guid ThemeId, Participant Mette, Participant Anne, Participant Jonas);

    protected async Task<ThreeLevels> ThreeLevelsAsync(string visibility = "forum", string title = "Fremtidens arbejdskraft")
    {
        var (metteId, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var (jonasId, jonas) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        var themeId = await mette.OpenThemeAsync(visibility, title);
        await Secretariat.AddParticipantAsync(themeId, anneId);
        await Secretariat.AddParticipantAsync(themeId, jonasId);
        return new(themeId, new(metteId, mette), new(anneId, anne), new(jonasId, jonas));
    }

    /// <summary>The date in Denmark by the forum's (fake) clock.</summary>
    protected DateOnly Today => CommitmentClock.Today(Clock.GetUtcNow());

    protected static Task<Guid> CommitAsync(Caller caller, Guid themeId, string? toLevel, DateOnly dueOn, string what = "Data om ventelister", Guid? decisionId = null) =>
        caller.CreateAsync($"/api/themes/{themeId}/commitments", new { what, toLevel, dueOn, decisionId });

    protected static Task<JsonElement> CommitmentAsync(Caller caller, Guid id) => caller.ReadAsync<JsonElement>($"/api/commitments/{id}");
}
