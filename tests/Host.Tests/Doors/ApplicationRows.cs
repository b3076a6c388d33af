using Politikerforum.Domain;
using Politikerforum.Domain.Applications;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    /// <summary>An application made through the API by someone not in the registry (a dashed guid, so both forums' ids compare alike).</summary>
    private static async Task<Guid> ApplicationAsync(ForumTestContext c) =>
        await c.As("member", $"oid-{Guid.NewGuid()}").CreateAsync("/api/applications", new { name = "Karen Vestergaard", organisation = "Aalborg Kommune" });

    private static IEnumerable<DoorRow> Applications() =>
    [
        DoorRow.For<ApplyForMembership>("someone not in the forum applies to join", _ =>
        {
            var oid = $"oid-{Guid.NewGuid()}";
            return Task.FromResult(new DoorCase("member", oid, HttpMethod.Post, "/api/applications",
                new { name = " Karen Vestergaard ", organisation = "Aalborg Kommune" }, new ApplyForMembership(" Karen Vestergaard ", "Aalborg Kommune")));
        }),
        DoorRow.For<ApplyForMembership>("a member is a member already", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Post, "/api/applications", new { name = "Mette Holm", organisation = "Aarhus Kommune" },
                new ApplyForMembership("Mette Holm", "Aarhus Kommune"));
        }),
        DoorRow.For<ApplyForMembership>("an application names where the applicant comes from", _ =>
            Task.FromResult(new DoorCase("member", $"oid-{Guid.NewGuid()}", HttpMethod.Post, "/api/applications", new { name = "Karen" },
                new ApplyForMembership("Karen", null!)))),
        DoorRow.For<ApproveApplication>("the secretariat approves an application", async c =>
        {
            var application = await ApplicationAsync(c);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/applications/{application}/approve",
                new { email = "kv@aalborg.dk", level = "kommune", party = "A" },
                new ApproveApplication("kv@aalborg.dk", Level.Kommune, null, null, "A") { ApplicationId = application });
        }),
        DoorRow.For<ApproveApplication>("a member may not approve an application", async c =>
        {
            var application = await ApplicationAsync(c);
            var (_, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Post, $"/api/applications/{application}/approve", new { email = "kv@aalborg.dk", level = "kommune" },
                new ApproveApplication("kv@aalborg.dk", Level.Kommune, null, null, null) { ApplicationId = application });
        }),
        DoorRow.For<ApproveApplication>("an unknown application is not found", _ =>
        {
            var unknown = Guid.NewGuid();
            return Task.FromResult(new DoorCase("admin", "admin-oid", HttpMethod.Post, $"/api/applications/{unknown}/approve",
                new { email = "kv@aalborg.dk", level = "kommune" }, new ApproveApplication("kv@aalborg.dk", Level.Kommune, null, null, null) { ApplicationId = unknown }));
        }),
        DoorRow.For<ApproveApplication>("approval needs an email and a level", async c =>
        {
            var application = await ApplicationAsync(c);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/applications/{application}/approve", new { email = "ikke-en-adresse" },
                new ApproveApplication("ikke-en-adresse", null, null, null, null) { ApplicationId = application });
        }),
        DoorRow.For<RejectApplication>("the secretariat rejects an application", async c =>
        {
            var application = await ApplicationAsync(c);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/applications/{application}/reject", new { reason = " Ikke folkevalgt. " },
                new RejectApplication(" Ikke folkevalgt. ") { ApplicationId = application });
        }),
        DoorRow.For<RejectApplication>("an application is decided once", async c =>
        {
            var application = await ApplicationAsync(c);
            await (await c.As("secretariat", "secretariat-oid").PostAsync($"/api/applications/{application}/reject", new { })).ShouldHaveStatusAsync(200);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/applications/{application}/reject", new { },
                new RejectApplication(null) { ApplicationId = application });
        }),
    ];
}
