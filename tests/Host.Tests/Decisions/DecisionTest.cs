using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Decisions;

/// <summary>A member of the theme the decisions are proposed in.</summary>
public sealed record Participant(Guid Id, Caller Caller, string Level);

/// <summary>Base for decision tests: a forum theme with participants from chosen levels, and the steps of deciding.</summary>
public abstract class DecisionTest(ForumFixture fixture) : ForumTest(fixture)
{
    public static readonly IReadOnlyDictionary<string, string> Bodies = new Dictionary<string, string>
    {
        ["kommune"] = "Aarhus Kommune", ["region"] = "Region Midtjylland",
        ["folketing"] = "Folketinget", ["europaparlamentet"] = "Europa-Parlamentet"
    };

    /// <summary>Opened by the secretariat; one participant per level given, in that order.</summary>
    protected async Task<(Guid ThemeId, Participant[] Participants)> ThemeWithAsync(string visibility, params string[] levels)
    {
        var themeId = await Secretariat.OpenThemeAsync(visibility);
        var participants = new List<Participant>();
        foreach (var (level, i) in levels.Select((level, i) => (level, i)))
        {
            var (id, caller) = await MemberAsync($"Medlem {i + 1}", level, Bodies[level]);
            await Secretariat.AddParticipantAsync(themeId, id);
            participants.Add(new Participant(id, caller, level));
        }
        return (themeId, participants.ToArray());
    }

    /// <summary>Three days ahead: comfortably past the shortest deadline of normal pace.</summary>
    protected DateTimeOffset InThreeDays => Clock.GetUtcNow().AddDays(3);

    protected static object Proposal(DateTimeOffset deadline, params string[] requiredLevels) =>
        new { title = "Fælles vagtplan", proposal = "Vi afprøver en fælles vagtplan på tværs af niveauer.", deadline, requiredLevels };

    protected Task<Guid> ProposeAsync(Caller caller, Guid themeId, params string[] requiredLevels) =>
        caller.CreateAsync($"/api/themes/{themeId}/decisions", Proposal(InThreeDays, requiredLevels));

    protected static Task<HttpResponseMessage> TakePositionAsync(Caller caller, Guid decisionId, string position, string? reason = null) =>
        caller.PostAsync($"/api/decisions/{decisionId}/positions", new { position, reason });

    protected static Task<JsonElement> DecisionAsync(Caller caller, Guid decisionId) => caller.ReadAsync<JsonElement>($"/api/decisions/{decisionId}");

    protected static (int Support, int Object, int Abstain) Counts(JsonElement tally) =>
        (tally.GetProperty("support").GetInt32(), tally.GetProperty("object").GetInt32(), tally.GetProperty("abstain").GetInt32());

    /// <summary>The theme's timeline entries about one decision, oldest first.</summary>
    protected static async Task<JsonElement[]> TimelineOfAsync(Caller caller, Guid themeId, Guid decisionId) =>
        (await caller.ItemsAsync($"/api/themes/{themeId}/timeline?limit=200"))
        .Where(e => e.GetProperty("itemId").ValueKind != JsonValueKind.Null && e.Id("itemId") == decisionId).ToArray();

    /// <summary>How many events of a type the decision's stream holds.</summary>
    protected async Task<int> EventsOfAsync<T>(Guid decisionId)
    {
        await using var session = Store.QuerySession();
        return (await session.Events.FetchStreamAsync(decisionId)).Count(e => e.Data is T);
    }
}
