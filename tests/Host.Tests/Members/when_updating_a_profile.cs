using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

public sealed class when_updating_a_profile(ForumFixture fixture) : ForumTest(fixture)
{
    private static object Profile(int version, string name = "Mette Holm", string email = "mette@aarhus.dk", string level = "region") =>
        new { name, email, level, body = "Region Midtjylland", party = "B", version };

    [Fact]
    public async Task a_member_updates_their_own_profile_and_the_version_moves_on()
    {
        var (id, member) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");

        var response = await member.PutAsync($"/api/members/{id}", Profile(1));
        await response.ShouldHaveStatusAsync(200);

        var updated = await member.ReadAsync<JsonElement>("/api/members/me");
        Assert.Equal("region", updated.Text("level"));
        Assert.Equal("Region Midtjylland", updated.Text("body"));
        Assert.Equal("B", updated.Text("party"));
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task the_secretariat_may_update_any_profile()
    {
        var (id, _) = await MemberAsync();

        await (await Secretariat.PutAsync($"/api/members/{id}", Profile(1, name: "Mette Holm Jensen"))).ShouldHaveStatusAsync(200);

        var updated = await Secretariat.ReadAsync<JsonElement>($"/api/members/{id}");
        Assert.Equal("Mette Holm Jensen", updated.Text("name"));
    }

    [Fact]
    public async Task another_member_cannot_update_the_profile_and_nothing_is_written()
    {
        var (id, _) = await MemberAsync();
        var (_, other) = await MemberAsync("Anders Lund");
        var before = await EventCountAsync();

        var problem = await (await other.PutAsync($"/api/members/{id}", Profile(1))).ShouldBeProblemAsync(403);

        Assert.Contains("egen profil", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var (id, member) = await MemberAsync();
        await (await Secretariat.PutAsync($"/api/members/{id}", Profile(1, name: "Mette H."))).ShouldHaveStatusAsync(200);
        var before = await EventCountAsync();

        var problem = await (await member.PutAsync($"/api/members/{id}", Profile(1))).ShouldBeProblemAsync(409);

        Assert.Contains("Hent den nyeste udgave", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
        Assert.Equal("Mette H.", (await member.ReadAsync<JsonElement>("/api/members/me")).Text("name"));
    }

    [Fact]
    public async Task of_simultaneous_updates_from_the_same_version_exactly_one_is_written()
    {
        var (id, _) = await MemberAsync();
        var before = await EventCountAsync();

        var responses = await Task.WhenAll(Enumerable.Range(1, 4)
            .Select(i => Secretariat.PutAsync($"/api/members/{id}", Profile(1, name: $"Udgave {i}"))));

        Assert.Single(responses, r => (int)r.StatusCode == 200);
        foreach (var conflict in responses.Where(r => (int)r.StatusCode != 200)) await conflict.ShouldBeProblemAsync(409);
        Assert.Equal(before + 1, await EventCountAsync());
    }

    [Fact]
    public async Task an_unknown_member_is_not_found_and_nothing_is_written()
    {
        await (await Secretariat.PutAsync($"/api/members/{Guid.NewGuid()}", Profile(1))).ShouldBeProblemAsync(404);

        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task missing_and_invalid_fields_are_field_errors_and_nothing_is_written()
    {
        var (id, member) = await MemberAsync();
        var before = await EventCountAsync();

        var problem = await (await member.PutAsync($"/api/members/{id}", new { email = "ikke-en-adresse", version = 1 }))
            .ShouldBeProblemAsync(400);

        Assert.Contains("ikke gyldig", problem.FieldError("email"));
        Assert.NotEmpty(problem.FieldError("name"));
        Assert.NotEmpty(problem.FieldError("level"));
        Assert.NotEmpty(problem.FieldError("body"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_unknown_level_is_a_field_error_and_nothing_is_written()
    {
        var (id, member) = await MemberAsync();
        var before = await EventCountAsync();

        var problem = await (await member.PutAsync($"/api/members/{id}", Profile(1, level: "amt"))).ShouldBeProblemAsync(400);

        Assert.NotEmpty(problem.FieldError("level"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_member_who_has_left_can_no_longer_be_updated()
    {
        var (id, _) = await MemberAsync();
        await (await Secretariat.DeleteAsync($"/api/members/{id}")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        var problem = await (await Secretariat.PutAsync($"/api/members/{id}", Profile(2))).ShouldBeProblemAsync(409);

        Assert.Contains("forladt forummet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }
}
