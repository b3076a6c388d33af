using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Pacing;

/// <summary>A forum theme with Mette and Lars from kommuner and Anne from a region; Jonas from Folketinget stays outside.</summary>
public sealed record PaceCast(Guid ThemeId, Guid MetteId, Caller Mette, Guid LarsId, Caller Lars, Guid AnneId, Caller Anne, Caller Jonas);

public abstract class PaceTest(ForumFixture fixture) : ForumTest(fixture)
{
    protected async Task<PaceCast> ThemeWithThreeAsync(string visibility = "forum")
    {
        var themeId = await Secretariat.OpenThemeAsync(visibility, "Stormflod ved Vejle Fjord");
        var (metteId, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (larsId, lars) = await MemberAsync("Lars Lund", "kommune", "Vejle Kommune");
        var (anneId, anne) = await MemberAsync("Anne Berg", "region", "Region Syddanmark");
        var (_, jonas) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        foreach (var id in new[] { metteId, larsId, anneId }) await Secretariat.AddParticipantAsync(themeId, id);
        return new(themeId, metteId, mette, larsId, lars, anneId, anne, jonas);
    }

    protected DateTimeOffset InHours(double hours) => Clock.GetUtcNow().AddHours(hours);

    protected static object Urgent(DateTimeOffset until, string reason = "Stormfloden rammer i weekenden") =>
        new { pace = "urgent", reason, until };

    protected static readonly object Normal = new { pace = "normal" };
}

public static class PaceSteps
{
    public static Task<HttpResponseMessage> SwitchPaceAsync(this Caller caller, Guid themeId, object body) =>
        caller.PostAsync($"/api/themes/{themeId}/pace", body);
}
