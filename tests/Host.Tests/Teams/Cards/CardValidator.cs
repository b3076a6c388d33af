using System.Text.Json;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Protocol;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Teams.Cards;

/// <summary>
/// Runs tests/cards/validate.js: Microsoft's own Adaptive Cards library (npm <c>adaptivecards</c>, the version pinned in
/// its package-lock.json, installed by ops/test) parses each card and collects its validation errors.
/// </summary>
public static class CardValidator
{
    public static async Task<IReadOnlyDictionary<string, string[]>> ProblemsAsync(IReadOnlyDictionary<string, JsonElement> cards)
    {
        var (exitCode, output, errors) = await NodeScript.RunAsync("cards", "adaptivecards", "validate.js", JsonSerializer.Serialize(cards));
        Assert.True(exitCode is 0 or 1, $"The validator failed: {errors}");
        return JsonSerializer.Deserialize<Dictionary<string, string[]>>(output)!;
    }

    public static JsonElement Json(AdaptiveCard card) => BotJson.ToElement(card);
}
