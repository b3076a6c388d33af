using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

public sealed class when_registering_members(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_secretariat_registers_a_member_who_can_then_see_themselves()
    {
        var id = await Secretariat.CreateAsync("/api/members", new
        {
            name = "Jonas Krag", email = "jk@ft.dk", level = "folketing", body = "Folketinget", party = "B", entraObjectId = "jk-oid"
        });

        var me = await As("member", "jk-oid").ReadAsync<JsonElement>("/api/members/me");
        Assert.Equal(id, me.GetProperty("id").GetGuid());
        Assert.Equal("folketing", me.GetProperty("level").GetString());
        Assert.Equal("Folketinget", me.GetProperty("body").GetString());
    }

    [Fact]
    public async Task a_member_cannot_register_members_and_nothing_is_written()
    {
        var (_, member) = await MemberAsync();
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync("/api/members", new
        {
            name = "X", email = "x@example.dk", level = "region", body = "Region Syddanmark"
        })).ShouldBeProblemAsync(403);

        Assert.Contains("sekretariatet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_unknown_level_is_a_field_error()
    {
        var problem = await (await Admin.PostAsync("/api/members", new
        {
            name = "X", email = "x@example.dk", level = "amt", body = "Vejle Amt"
        })).ShouldBeProblemAsync(400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("level", out _));
        Assert.Equal(0, await EventCountAsync());
    }
}
