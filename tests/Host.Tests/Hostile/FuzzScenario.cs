using System.Text.RegularExpressions;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Hostile;

/// <summary>One theme with one of everything in it, its author and a second participant, and the ids to put into routes.</summary>
internal sealed record FuzzScenario(Caller Author, Caller Bystander, IReadOnlyDictionary<string, Guid> BySegment, Guid BystanderId)
{
    public IReadOnlyList<Guid> Ids => [.. BySegment.Values, BystanderId];

    public static async Task<FuzzScenario> SeedAsync(Caller admin, Func<string, string, Caller> @as, DateTimeOffset now)
    {
        var (_, author) = await MemberAsync(admin, @as, "kommune", "Aarhus Kommune");
        var (bystanderId, bystander) = await MemberAsync(admin, @as, "region", "Region Midtjylland");
        var themeId = await author.OpenThemeAsync();
        await bystander.AddParticipantAsync(themeId, bystanderId);
        var postId = await author.PublishAsync(themeId, "Første udkast");
        var experimentId = await author.CreateAsync($"/api/themes/{themeId}/experiments", new
        {
            title = "Fælles vagtplan", hypothesis = "Det virker", bodies = new[] { "Aarhus Kommune" }, levels = new[] { "kommune" },
            plannedEnd = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6)
        });
        var lessonId = await author.CreateAsync($"/api/themes/{themeId}/lessons",
            new { title = "Vagtplan", text = "Det virkede", kind = "worked", confidentiality = "forum", tags = new[] { "vagt" } });
        var decisionId = await author.CreateAsync($"/api/themes/{themeId}/decisions",
            new { title = "Fælles vagtplan", proposal = "Vi deler vagtplan", deadline = now.AddDays(3), requiredLevels = new[] { "kommune" } });
        var commitmentId = await author.CreateAsync($"/api/themes/{themeId}/commitments",
            new { what = "Kommunens tal", toLevel = "region", dueOn = DateOnly.FromDateTime(now.AddDays(10).UtcDateTime) });
        var organisationId = await admin.CreateAsync("/api/organisations", new { name = $"KL {Guid.NewGuid():N}" });
        var applicationId = await @as("member", $"oid-{Guid.NewGuid():N}").CreateAsync("/api/applications", new { name = "Karen Vestergaard", organisation = "Aalborg Kommune" });
        var webhookId = await admin.CreateAsync("/api/webhooks", new { url = Authorization.MatrixScenario.WebhookUrl });
        return new FuzzScenario(author, bystander, new Dictionary<string, Guid>
        {
            ["themes"] = themeId, ["posts"] = postId, ["experiments"] = experimentId, ["lessons"] = lessonId,
            ["decisions"] = decisionId, ["commitments"] = commitmentId, ["organisations"] = organisationId,
            ["applications"] = applicationId, ["webhooks"] = webhookId
        }, bystanderId);
    }

    private static async Task<(Guid Id, Caller Caller)> MemberAsync(Caller admin, Func<string, string, Caller> @as, string level, string body)
    {
        var objectId = $"oid-{Guid.NewGuid():N}";
        var id = await admin.CreateAsync("/api/members", new { name = "Mette Holm", email = $"{objectId}@example.dk", level, body, party = "A", entraObjectId = objectId });
        return (id, @as("member", objectId));
    }

    /// <summary>"/api/posts/{id}" gets the post's id; a segment without an item fails, so a new kind of item is noticed.</summary>
    public string Fill(string pattern)
    {
        var segment = Regex.Match(pattern, "^/api/([a-z]+)").Groups[1].Value;
        var url = pattern.Replace("{memberId}", BystanderId.ToString()).Replace("{deliveryId}", Guid.NewGuid().ToString());
        if (!url.Contains("{id}")) return url;
        var id = segment == "members" ? BystanderId
            : BySegment.TryGetValue(segment, out var item) ? item
            : throw new Xunit.Sdk.XunitException($"No item seeded for routes under /api/{segment}; add one to the fuzz scenario.");
        return url.Replace("{id}", id.ToString());
    }

    public static string AllZeros(string pattern) =>
        pattern.Replace("{id}", Guid.Empty.ToString()).Replace("{memberId}", Guid.Empty.ToString()).Replace("{deliveryId}", Guid.Empty.ToString());
}
