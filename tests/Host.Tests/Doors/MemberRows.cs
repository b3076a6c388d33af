using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    private static object Profile(int version) =>
        new { name = "Mette Holm Berg", email = "mette@aarhus.dk", level = "region", body = "Region Midtjylland", party = "B", version };

    private static UpdateProfile ProfileUpdate(Guid member, int version) =>
        new("Mette Holm Berg", "mette@aarhus.dk", Level.Region, "Region Midtjylland", "B", version) { MemberId = member };

    private static IEnumerable<DoorRow> Members() =>
    [
        DoorRow.For<RegisterMember>("the secretariat registers a member", c =>
        {
            // A dashed guid, so the two forums' object ids compare as the same shape.
            var oid = $"oid-{Guid.NewGuid()}";
            return Task.FromResult(new DoorCase("secretariat", "secretariat-oid", HttpMethod.Post, "/api/members",
                new { name = " Jonas Krag ", email = "jk@ft.dk", level = "folketing", body = "Folketinget", party = " ", entraObjectId = oid },
                new RegisterMember(" Jonas Krag ", "jk@ft.dk", Level.Folketing, "Folketinget", " ", oid)));
        }),
        DoorRow.For<RegisterMember>("a member may not register members", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Post, "/api/members", new { name = "Jonas Krag", email = "jk@ft.dk", level = "folketing", body = "Folketinget" },
                new RegisterMember("Jonas Krag", "jk@ft.dk", Level.Folketing, "Folketinget", null, null));
        }),
        DoorRow.For<RegisterMember>("an entra object id already registered is a conflict", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            return new("admin", "admin-oid", HttpMethod.Post, "/api/members",
                new { name = "Jonas Krag", email = "jk@ft.dk", level = "folketing", body = "Folketinget", entraObjectId = $" {oid} " },
                new RegisterMember("Jonas Krag", "jk@ft.dk", Level.Folketing, "Folketinget", null, $" {oid} "));
        }),
        DoorRow.For<RegisterMember>("a member needs a name, an email, a level and a body", c =>
            Task.FromResult(new DoorCase("admin", "admin-oid", HttpMethod.Post, "/api/members", new { email = "ikke-en-adresse", party = "A" },
                new RegisterMember(null!, "ikke-en-adresse", null, null!, "A", null)))),
        DoorRow.For<UpdateProfile>("a member updates their own profile", async c =>
        {
            var (id, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Put, $"/api/members/{id}", Profile(1), ProfileUpdate(id, 1));
        }),
        DoorRow.For<UpdateProfile>("another member may not update the profile", async c =>
        {
            var (id, _, _) = await c.MemberAsync();
            var (_, _, other) = await c.MemberAsync("Anders Lund");
            return new("member", other, HttpMethod.Put, $"/api/members/{id}", Profile(1), ProfileUpdate(id, 1));
        }),
        DoorRow.For<UpdateProfile>("a stale profile version is a conflict", async c =>
        {
            var (id, _, _) = await c.MemberAsync();
            return new("secretariat", "secretariat-oid", HttpMethod.Put, $"/api/members/{id}", Profile(3), ProfileUpdate(id, 3));
        }),
        DoorRow.For<UpdateProfile>("the profile of an unknown member is not found", c =>
        {
            var unknown = Guid.NewGuid();
            return Task.FromResult(new DoorCase("secretariat", "secretariat-oid", HttpMethod.Put, $"/api/members/{unknown}", Profile(1), ProfileUpdate(unknown, 1)));
        }),
        DoorRow.For<LeaveForum>("a member leaves the forum", async c =>
        {
            var (id, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Delete, $"/api/members/{id}", null, new LeaveForum(id));
        }),
        DoorRow.For<LeaveForum>("leaving twice is a conflict", async c =>
        {
            var (id, member, _) = await c.MemberAsync();
            await (await member.DeleteAsync($"/api/members/{id}")).ShouldHaveStatusAsync(204);
            return new("secretariat", "secretariat-oid", HttpMethod.Delete, $"/api/members/{id}", null, new LeaveForum(id));
        }),
        DoorRow.For<LeaveForum>("an unknown member cannot leave", c =>
        {
            var unknown = Guid.NewGuid();
            return Task.FromResult(new DoorCase("secretariat", "secretariat-oid", HttpMethod.Delete, $"/api/members/{unknown}", null, new LeaveForum(unknown)));
        }),
        DoorRow.For<EraseMember>("the secretariat erases a member", async c =>
        {
            var (id, _, _) = await c.MemberAsync();
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/members/{id}/erasure", new { reason = " Anmodning efter artikel 17 " },
                new EraseMember(" Anmodning efter artikel 17 ") { MemberId = id });
        }),
        DoorRow.For<EraseMember>("a member may not erase themselves", async c =>
        {
            var (id, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Post, $"/api/members/{id}/erasure", new { }, new EraseMember(null) { MemberId = id });
        }),
        DoorRow.For<EraseMember>("an unknown member cannot be erased", c =>
        {
            var unknown = Guid.NewGuid();
            return Task.FromResult(new DoorCase("admin", "admin-oid", HttpMethod.Post, $"/api/members/{unknown}/erasure", new { }, new EraseMember(null) { MemberId = unknown }));
        }),
        DoorRow.For<ChooseUrgentNotices>("a member chooses notices in urgent pace", async c =>
        {
            var (id, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Put, $"/api/members/{id}/urgent-notices", new { notify = true }, new ChooseUrgentNotices(true) { MemberId = id });
        }),
        DoorRow.For<ChooseUrgentNotices>("no one chooses notices for another", async c =>
        {
            var (id, _, _) = await c.MemberAsync();
            return new("secretariat", "secretariat-oid", HttpMethod.Put, $"/api/members/{id}/urgent-notices", new { notify = true }, new ChooseUrgentNotices(true) { MemberId = id });
        }),
        DoorRow.For<ChooseUrgentNotices>("not getting notices is the start", async c =>
        {
            var (id, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Put, $"/api/members/{id}/urgent-notices", new { notify = false }, new ChooseUrgentNotices(false) { MemberId = id });
        }),
        DoorRow.For<ExportMemberData>("a member exports their own data", async c =>
        {
            var (id, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Get, $"/api/members/{id}/export", null, new ExportMemberData(id));
        }),
        DoorRow.For<ExportMemberData>("a member may not export another's data", async c =>
        {
            var (id, _, _) = await c.MemberAsync();
            var (_, _, other) = await c.MemberAsync("Anders Lund");
            return new("member", other, HttpMethod.Get, $"/api/members/{id}/export", null, new ExportMemberData(id));
        }),
        DoorRow.For<ExportMemberData>("the data of an unknown member is not found", c =>
        {
            var unknown = Guid.NewGuid();
            return Task.FromResult(new DoorCase("secretariat", "secretariat-oid", HttpMethod.Get, $"/api/members/{unknown}/export", null, new ExportMemberData(unknown)));
        }),
    ];
}
