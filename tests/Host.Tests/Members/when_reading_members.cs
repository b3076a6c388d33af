using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

public sealed class when_reading_members(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_member_is_read_by_id_with_their_profile_and_version()
    {
        var (id, _) = await MemberAsync("Anders Lund", "region", "Region Midtjylland", party: "V");

        var member = await Secretariat.ReadAsync<JsonElement>($"/api/members/{id}");

        Assert.Equal("Anders Lund", member.Text("name"));
        Assert.Equal("region", member.Text("level"));
        Assert.Equal("Region Midtjylland", member.Text("body"));
        Assert.Equal("V", member.Text("party"));
        Assert.Equal(1, member.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task an_unknown_member_is_not_found()
    {
        await (await Secretariat.GetAsync($"/api/members/{Guid.NewGuid()}")).ShouldBeUnknownAsync();
    }

    [Fact]
    public async Task a_member_sees_their_own_profile_as_me()
    {
        var (id, member) = await MemberAsync("Sofie Berg");
        await MemberAsync("Someone Else");

        var me = await member.ReadAsync<JsonElement>("/api/members/me");

        Assert.Equal(id, me.GetProperty("id").GetGuid());
        Assert.Equal("Sofie Berg", me.Text("name"));
    }

    [Fact]
    public async Task me_is_not_found_for_a_caller_who_is_not_a_registered_member()
    {
        var problem = await (await As("member", "unknown-oid").GetAsync("/api/members/me")).ShouldBeProblemAsync(404);

        Assert.Contains("ikke registreret", problem.Detail());
        await (await Secretariat.GetAsync("/api/members/me")).ShouldBeProblemAsync(404);
    }
}
