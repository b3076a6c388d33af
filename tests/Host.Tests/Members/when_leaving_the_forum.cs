using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

public sealed class when_leaving_the_forum(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_member_who_leaves_is_gone_from_the_directory_and_has_no_profile_of_their_own()
    {
        var (id, member) = await MemberAsync("Mette Holm");
        await MemberAsync("Anders Lund");

        await (await member.DeleteAsync($"/api/members/{id}")).ShouldHaveStatusAsync(204);

        var page = await Secretariat.ReadAsync<JsonElement>("/api/members");
        Assert.Equal(["Anders Lund"], page.GetProperty("items").EnumerateArray().Select(m => m.Text("name")));
        await (await member.GetAsync("/api/members/me")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task the_secretariat_may_sign_a_member_out()
    {
        var (id, member) = await MemberAsync();

        await (await Secretariat.DeleteAsync($"/api/members/{id}")).ShouldHaveStatusAsync(204);

        await (await member.GetAsync("/api/members/me")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task another_member_cannot_make_someone_leave_and_nothing_is_written()
    {
        var (id, _) = await MemberAsync();
        var (_, other) = await MemberAsync("Anders Lund");
        var before = await EventCountAsync();

        await (await other.DeleteAsync($"/api/members/{id}")).ShouldBeProblemAsync(403);

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task leaving_twice_is_a_conflict_and_nothing_more_is_written()
    {
        var (id, member) = await MemberAsync();
        await (await member.DeleteAsync($"/api/members/{id}")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        var problem = await (await Secretariat.DeleteAsync($"/api/members/{id}")).ShouldBeProblemAsync(409);

        Assert.Contains("allerede forladt", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_unknown_member_is_not_found()
    {
        await (await Secretariat.DeleteAsync($"/api/members/{Guid.NewGuid()}")).ShouldBeProblemAsync(404);

        Assert.Equal(0, await EventCountAsync());
    }
}
