using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    private static IEnumerable<DoorRow> Decisions() =>
    [
        DoorRow.For<ProposeDecision>("a participant proposes a decision", async c =>
        {
            var (_, proposer, oid) = await c.MemberAsync();
            var theme = await proposer.OpenThemeAsync();
            var deadline = c.Now.AddDays(3);
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/decisions",
                new { title = " Fælles vagtplan ", proposal = "Vi afprøver den.", deadline, requiredLevels = new[] { "region", "kommune" } },
                new ProposeDecision(" Fælles vagtplan ", "Vi afprøver den.", deadline, [Level.Region, Level.Kommune]) { ThemeId = theme });
        }),
        DoorRow.For<ProposeDecision>("a deadline in normal pace is at least two days away", async c =>
        {
            var (_, proposer, oid) = await c.MemberAsync();
            var theme = await proposer.OpenThemeAsync();
            var deadline = c.Now.AddHours(3);
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/decisions", new { title = "T", proposal = "P", deadline },
                new ProposeDecision("T", "P", deadline, null) { ThemeId = theme });
        }),
        DoorRow.For<ProposeDecision>("an outsider may not propose a decision", async c =>
        {
            var (_, proposer, _) = await c.MemberAsync();
            var (_, _, outsider) = await c.MemberAsync("Anne Lund", "region", "Region Midtjylland");
            var theme = await proposer.OpenThemeAsync();
            var deadline = c.Now.AddDays(3);
            return new("member", outsider, HttpMethod.Post, $"/api/themes/{theme}/decisions", new { title = "T", proposal = "P", deadline },
                new ProposeDecision("T", "P", deadline, null) { ThemeId = theme });
        }),
        DoorRow.For<TakePosition>("a participant takes a position", async c =>
        {
            var (_, proposer, oid) = await c.MemberAsync();
            var decision = await ProposeAsync(c, proposer);
            return new("member", oid, HttpMethod.Post, $"/api/decisions/{decision}/positions", new { position = "object", reason = " For dyrt. " },
                new TakePosition(Position.Object, " For dyrt. ") { DecisionId = decision });
        }),
        DoorRow.For<TakePosition>("a member outside the theme may not take a position", async c =>
        {
            var (_, proposer, _) = await c.MemberAsync();
            var (_, _, outsider) = await c.MemberAsync("Anne Lund", "region", "Region Midtjylland");
            var decision = await ProposeAsync(c, proposer);
            return new("member", outsider, HttpMethod.Post, $"/api/decisions/{decision}/positions", new { position = "support" },
                new TakePosition(Position.Support, null) { DecisionId = decision });
        }),
        DoorRow.For<TakePosition>("a position on an unknown decision is not found", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            var unknown = Guid.NewGuid();
            return new("member", oid, HttpMethod.Post, $"/api/decisions/{unknown}/positions", new { position = "support" },
                new TakePosition(Position.Support, null) { DecisionId = unknown });
        }),
        DoorRow.For<TakePosition>("a position must be given", async c =>
        {
            var (_, proposer, oid) = await c.MemberAsync();
            var decision = await ProposeAsync(c, proposer);
            return new("member", oid, HttpMethod.Post, $"/api/decisions/{decision}/positions", new { reason = "Hmm" },
                new TakePosition(null, "Hmm") { DecisionId = decision });
        }),
        DoorRow.For<ConcludeDecision>("the proposer adopts a decision with a review date", async c =>
        {
            var (_, proposer, oid) = await c.MemberAsync();
            var decision = await ProposeAsync(c, proposer);
            var reviewOn = DateOnly.FromDateTime(c.Now.UtcDateTime).AddMonths(6);
            return new("member", oid, HttpMethod.Post, $"/api/decisions/{decision}/conclude", new { outcome = "adopted", rationale = " Flertal. ", reviewOn },
                new ConcludeDecision(DecisionOutcome.Adopted, " Flertal. ", reviewOn) { DecisionId = decision });
        }),
        DoorRow.For<ConcludeDecision>("another member may not conclude a decision", async c =>
        {
            var (_, proposer, _) = await c.MemberAsync();
            var (_, _, other) = await c.MemberAsync("Anne Lund", "region", "Region Midtjylland");
            var decision = await ProposeAsync(c, proposer);
            return new("member", other, HttpMethod.Post, $"/api/decisions/{decision}/conclude", new { outcome = "rejected", rationale = "R" },
                new ConcludeDecision(DecisionOutcome.Rejected, "R", null) { DecisionId = decision });
        }),
        DoorRow.For<ConcludeDecision>("a review date must be after today", async c =>
        {
            var (_, proposer, oid) = await c.MemberAsync();
            var decision = await ProposeAsync(c, proposer);
            var today = DateOnly.FromDateTime(c.Now.UtcDateTime);
            return new("member", oid, HttpMethod.Post, $"/api/decisions/{decision}/conclude", new { outcome = "adopted", rationale = "R", reviewOn = today },
                new ConcludeDecision(DecisionOutcome.Adopted, "R", today) { DecisionId = decision });
        }),
        DoorRow.For<WithdrawDecision>("the secretariat withdraws a decision", async c =>
        {
            var (_, proposer, _) = await c.MemberAsync();
            var decision = await ProposeAsync(c, proposer);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/decisions/{decision}/withdraw", new { reason = " Overhalet af ny lov. " },
                new WithdrawDecision(" Overhalet af ny lov. ") { DecisionId = decision });
        }),
        DoorRow.For<WithdrawDecision>("withdrawing a decision twice is a conflict", async c =>
        {
            var (_, proposer, oid) = await c.MemberAsync();
            var decision = await ProposeAsync(c, proposer);
            await (await proposer.PostAsync($"/api/decisions/{decision}/withdraw")).ShouldHaveStatusAsync(200);
            return new("member", oid, HttpMethod.Post, $"/api/decisions/{decision}/withdraw", new { }, new WithdrawDecision(null) { DecisionId = decision });
        }),
    ];

    /// <summary>A decision in a theme of the proposer's own, asking every level.</summary>
    private static async Task<Guid> ProposeAsync(ForumTestContext c, Caller proposer) =>
        await proposer.CreateAsync($"/api/themes/{await proposer.OpenThemeAsync()}/decisions",
            new { title = "Fælles vagtplan", proposal = "Vi afprøver den.", deadline = c.Now.AddDays(3), requiredLevels = new[] { "kommune", "region" } });
}
