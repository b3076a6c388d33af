using Politikerforum.Domain.Organisations;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    private static Task<Guid> ResonansAsync(ForumTestContext c) => c.Admin.CreateAsync("/api/organisations", new { name = "Resonans" });

    private static IEnumerable<DoorRow> Organisations() =>
    [
        DoorRow.For<RegisterOrganisation>("an admin registers an organisation", _ =>
            Task.FromResult(new DoorCase("admin", "admin-oid", HttpMethod.Post, "/api/organisations", new { name = " Resonans " }, new RegisterOrganisation(" Resonans ")))),
        DoorRow.For<RegisterOrganisation>("the secretariat may not register organisations", _ =>
            Task.FromResult(new DoorCase("secretariat", "secretariat-oid", HttpMethod.Post, "/api/organisations", new { name = "Resonans" }, new RegisterOrganisation("Resonans")))),
        DoorRow.For<RegisterOrganisation>("an organisation needs a name", _ =>
            Task.FromResult(new DoorCase("admin", "admin-oid", HttpMethod.Post, "/api/organisations", new { name = "" }, new RegisterOrganisation("")))),
        DoorRow.For<RegisterStaffMember>("an admin registers a staff member", async c =>
        {
            var organisation = await ResonansAsync(c);
            return new("admin", "admin-oid", HttpMethod.Post, "/api/staff",
                new { name = "Lise Vang", email = "lise@resonans.dk", organisationId = organisation, entraObjectId = " " },
                new RegisterStaffMember("Lise Vang", "lise@resonans.dk", organisation, " "));
        }),
        DoorRow.For<RegisterStaffMember>("the secretariat may not register staff", async c =>
        {
            var organisation = await ResonansAsync(c);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, "/api/staff",
                new { name = "Lise Vang", email = "lise@resonans.dk", organisationId = organisation },
                new RegisterStaffMember("Lise Vang", "lise@resonans.dk", organisation, null));
        }),
        DoorRow.For<RegisterStaffMember>("staff of an unknown organisation are refused", _ =>
        {
            var unknown = Guid.NewGuid();
            return Task.FromResult(new DoorCase("admin", "admin-oid", HttpMethod.Post, "/api/staff",
                new { name = "Lise Vang", email = "lise@resonans.dk", organisationId = unknown },
                new RegisterStaffMember("Lise Vang", "lise@resonans.dk", unknown, null)));
        }),
        DoorRow.For<RegisterStaffMember>("a staff member's entra object id already registered is a conflict", async c =>
        {
            var organisation = await ResonansAsync(c);
            var oid = $"staff-{Guid.NewGuid()}";
            await c.Admin.CreateAsync("/api/staff", new { name = "Lise Vang", email = "lise@resonans.dk", organisationId = organisation, entraObjectId = oid });
            return new("admin", "admin-oid", HttpMethod.Post, "/api/staff",
                new { name = "Ole Vang", email = "ole@resonans.dk", organisationId = organisation, entraObjectId = oid },
                new RegisterStaffMember("Ole Vang", "ole@resonans.dk", organisation, oid));
        }),
    ];
}
