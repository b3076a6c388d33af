using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

/// <summary><c>GET /api/me</c>: the person behind the token, their role and the themes they take part in.</summary>
public sealed class when_asking_who_am_i(ForumFixture fixture) : ForumTest(fixture)
{
    private static string[] ThemeTitles(JsonElement me) =>
        [.. me.GetProperty("themes").EnumerateArray().Select(t => t.Str("title")).Order()];

    [Fact]
    public async Task a_member_is_told_who_they_are_and_the_themes_they_take_part_in()
    {
        var (karenId, karen) = await MemberAsync("Karen Vestergaard", body: "Aalborg Kommune");
        var (_, other) = await MemberAsync("Anne Friis");
        await karen.OpenThemeAsync(title: "Mobilitet i yderområderne");
        var addedTo = await Secretariat.OpenThemeAsync(title: "Fremtidens arbejdskraft");
        await Secretariat.AddParticipantAsync(addedTo, karenId);
        await other.OpenThemeAsync(title: "Klimatilpasning");

        var me = await karen.ReadAsync<JsonElement>("/api/me");

        Assert.Equal(karenId, me.Id());
        Assert.Equal("Karen Vestergaard", me.Str("name"));
        Assert.Equal("member", me.Str("role"));
        Assert.Equal("Aalborg Kommune", me.GetProperty("member").Str("body"));
        Assert.Equal(JsonValueKind.Null, me.GetProperty("staff").ValueKind);
        Assert.Equal(["Fremtidens arbejdskraft", "Mobilitet i yderområderne"], ThemeTitles(me));
    }

    [Fact]
    public async Task a_secretariat_staff_member_is_told_their_staff_record()
    {
        var organisation = await Admin.CreateAsync("/api/organisations", new { name = "Resonans" });
        var staffId = await Admin.CreateAsync("/api/staff", new { name = "Line Bech", email = "line@resonans.dk", organisationId = organisation, entraObjectId = "line-oid" });

        var me = await As("secretariat", "line-oid").ReadAsync<JsonElement>("/api/me");

        Assert.Equal(staffId, me.Id());
        Assert.Equal("Line Bech", me.Str("name"));
        Assert.Equal("secretariat", me.Str("role"));
        Assert.Equal(organisation, me.GetProperty("staff").Id("organisationId"));
        Assert.Empty(me.GetProperty("themes").EnumerateArray());
    }

    [Fact]
    public async Task an_admin_the_registry_does_not_know_is_answered_by_role()
    {
        var me = await Admin.ReadAsync<JsonElement>("/api/me");

        Assert.Equal(JsonValueKind.Null, me.GetProperty("id").ValueKind);
        Assert.Equal("Administrator", me.Str("name"));
        Assert.Equal("admin", me.Str("role"));
    }

    [Fact]
    public async Task an_unregistered_member_is_told_how_to_join_and_an_integrator_has_no_profile()
    {
        var unregistered = await (await As("member", "nobody-oid").GetAsync("/api/me")).ShouldBeProblemAsync(404);
        Assert.Contains("deltag", unregistered.Detail());

        var integrator = await (await Integrator.GetAsync("/api/me")).ShouldBeProblemAsync(403);
        Assert.Contains("/api/feed", integrator.Detail());
        await (await Anonymous.GetAsync("/api/me")).ShouldBeProblemAsync(401);
    }
}
