using System.Diagnostics;
using System.Text.Json;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Host.Tests.Teams.Cards;

/// <summary>
/// Runs tests/cards/validate.js: Microsoft's own Adaptive Cards library (npm <c>adaptivecards</c>, the version pinned in
/// its package-lock.json, installed by ops/test) parses each card and collects its validation errors.
/// </summary>
public static class CardValidator
{
    public static async Task<IReadOnlyDictionary<string, string[]>> ProblemsAsync(IReadOnlyDictionary<string, JsonElement> cards)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "cards");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "adaptivecards")),
            "The card validator's npm packages are missing: run ops/test, which installs them (npm ci in tests/cards).");
        var input = Path.GetTempFileName();
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(cards));
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(folder, "validate.js"), input])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder
            })!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode is 0 or 1, $"The validator failed: {await errors}");
            return JsonSerializer.Deserialize<Dictionary<string, string[]>>(await output)!;
        }
        finally
        {
            File.Delete(input);
        }
    }

    public static JsonElement Json(AdaptiveCard card) => BotJson.ToElement(card);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Politikerforum.sln"))) return folder.FullName;
        throw new InvalidOperationException("The tests run outside the repository: no Politikerforum.sln above " + AppContext.BaseDirectory);
    }
}
