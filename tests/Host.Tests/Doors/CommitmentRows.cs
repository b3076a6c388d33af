using Politikerforum.Domain;
using Politikerforum.Domain.Commitments;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    /// <summary>A promise from Aarhus Kommune to the regions, due in 30 days, in a theme its member opened.</summary>
    private static async Task<(Guid Id, string ObjectId)> ACommitmentAsync(ForumTestContext c)
    {
        var (_, member, oid) = await c.MemberAsync();
        var theme = await member.OpenThemeAsync();
        return (await member.CreateAsync($"/api/themes/{theme}/commitments", CommitmentBody(c.Now)), oid);
    }

    private static object CommitmentBody(DateTimeOffset now, string toLevel = "region") =>
        new { what = "Data om ventelister", toLevel, dueOn = CommitmentClock.Today(now).AddDays(30) };

    private static IEnumerable<DoorRow> Commitments() =>
    [
        DoorRow.For<MakeCommitment>("a participant commits their body to another level", async c =>
        {
            var (_, member, oid) = await c.MemberAsync();
            var theme = await member.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/commitments", CommitmentBody(c.Now),
                new MakeCommitment("Data om ventelister", Level.Region, CommitmentClock.Today(c.Now).AddDays(30), null) { ThemeId = theme });
        }),
        DoorRow.For<MakeCommitment>("a commitment goes to another level than the member's own", async c =>
        {
            var (_, member, oid) = await c.MemberAsync();
            var theme = await member.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/commitments", CommitmentBody(c.Now, "kommune"),
                new MakeCommitment("Data om ventelister", Level.Kommune, CommitmentClock.Today(c.Now).AddDays(30), null) { ThemeId = theme });
        }),
        DoorRow.For<MakeCommitment>("the secretariat has no body to commit", async c =>
        {
            var (_, member, _) = await c.MemberAsync();
            var theme = await member.OpenThemeAsync();
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/themes/{theme}/commitments", CommitmentBody(c.Now),
                new MakeCommitment("Data om ventelister", Level.Region, CommitmentClock.Today(c.Now).AddDays(30), null) { ThemeId = theme });
        }),
        DoorRow.For<MakeCommitment>("a commitment needs what and when", async c =>
        {
            var (_, member, oid) = await c.MemberAsync();
            var theme = await member.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/commitments", new { what = "" },
                new MakeCommitment("", null, null, null) { ThemeId = theme });
        }),
        DoorRow.For<FulfilCommitment>("the member who committed fulfils it", async c =>
        {
            var (id, oid) = await ACommitmentAsync(c);
            return new("member", oid, HttpMethod.Post, $"/api/commitments/{id}/fulfil", new { note = "Tallene er sendt." },
                new FulfilCommitment("Tallene er sendt.") { CommitmentId = id });
        }),
        DoorRow.For<FulfilCommitment>("another member may not fulfil it", async c =>
        {
            var (id, _) = await ACommitmentAsync(c);
            var (_, _, other) = await c.MemberAsync("Anne Berg", "region", "Region Midtjylland");
            return new("member", other, HttpMethod.Post, $"/api/commitments/{id}/fulfil", new { note = "Modtaget." },
                new FulfilCommitment("Modtaget.") { CommitmentId = id });
        }),
        DoorRow.For<FulfilCommitment>("a fulfilment needs a note", async c =>
        {
            var (id, oid) = await ACommitmentAsync(c);
            return new("member", oid, HttpMethod.Post, $"/api/commitments/{id}/fulfil", new { note = "" }, new FulfilCommitment("") { CommitmentId = id });
        }),
        DoorRow.For<WithdrawCommitment>("the secretariat withdraws a commitment", async c =>
        {
            var (id, _) = await ACommitmentAsync(c);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/commitments/{id}/withdraw", new { reason = "Projektet er stoppet." },
                new WithdrawCommitment("Projektet er stoppet.") { CommitmentId = id });
        }),
        DoorRow.For<WithdrawCommitment>("a fulfilled commitment cannot be withdrawn", async c =>
        {
            var (id, oid) = await ACommitmentAsync(c);
            await (await c.As("member", oid).PostAsync($"/api/commitments/{id}/fulfil", new { note = "Sendt." })).ShouldHaveStatusAsync(200);
            return new("member", oid, HttpMethod.Post, $"/api/commitments/{id}/withdraw", new { reason = "Alligevel ikke." },
                new WithdrawCommitment("Alligevel ikke.") { CommitmentId = id });
        }),
        DoorRow.For<WithdrawCommitment>("an unknown commitment is not found", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            var unknown = Guid.NewGuid();
            return new("member", oid, HttpMethod.Post, $"/api/commitments/{unknown}/withdraw", new { reason = "Nej." },
                new WithdrawCommitment("Nej.") { CommitmentId = unknown });
        }),
    ];
}
