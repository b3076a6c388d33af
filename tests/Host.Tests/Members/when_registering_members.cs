using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

public sealed class when_registering_members(ForumFixture fixture) : ForumTest(fixture)
{
    private static object NewMember(string email = "x@example.dk", string level = "region", string? entraObjectId = null) =>
        new { name = "Anne Dahl", email, level, body = "Region Syddanmark", entraObjectId };

    [Fact]
    public async Task the_secretariat_registers_a_member_who_can_then_see_themselves()
    {
        var id = await Secretariat.CreateAsync("/api/members", new
        {
            name = "Jonas Krag", email = "jk@ft.dk", level = "folketing", body = "Folketinget", party = "B", entraObjectId = "jk-oid"
        });

        var me = await As("member", "jk-oid").ReadAsync<JsonElement>("/api/members/me");
        Assert.Equal(id, me.GetProperty("id").GetGuid());
        Assert.Equal("folketing", me.Text("level"));
        Assert.Equal("Folketinget", me.Text("body"));
    }

    [Fact]
    public async Task a_member_cannot_register_members_and_nothing_is_written()
    {
        var (_, member) = await MemberAsync();
        var before = await EventCountAsync();

        var problem = await (await member.PostAsync("/api/members", NewMember())).ShouldBeProblemAsync(403);

        Assert.Contains("sekretariatet", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_second_member_with_the_same_entra_object_id_is_a_conflict_and_nothing_is_written()
    {
        await MemberAsync(objectId: "same-oid");
        var before = await EventCountAsync();

        var problem = await (await Admin.PostAsync("/api/members", NewMember(entraObjectId: " same-oid "))).ShouldBeProblemAsync(409);

        Assert.Contains("Entra-objekt-id", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task missing_fields_are_field_errors_in_danish_and_nothing_is_written()
    {
        var problem = await (await Admin.PostAsync("/api/members", new { party = "A" })).ShouldBeProblemAsync(400);

        Assert.Contains("udfyldes", problem.FieldError("name"));
        Assert.Contains("udfyldes", problem.FieldError("email"));
        Assert.Contains("Niveau", problem.FieldError("level"));
        Assert.Contains("Myndighed", problem.FieldError("body"));
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task an_invalid_email_is_a_field_error_and_nothing_is_written()
    {
        var problem = await (await Admin.PostAsync("/api/members", NewMember(email: "ikke-en-adresse"))).ShouldBeProblemAsync(400);

        Assert.Contains("ikke gyldig", problem.FieldError("email"));
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task an_unknown_level_is_a_field_error_explained_in_danish()
    {
        var problem = await (await Admin.PostAsync("/api/members", NewMember(level: "amt"))).ShouldBeProblemAsync(400);

        Assert.NotEmpty(problem.FieldError("level"));
        Assert.Equal("'level' skal være en af: kommune, region, folketing, europaparlamentet.", problem.Detail());
        Assert.DoesNotContain("The JSON value", problem.Detail());
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task malformed_json_is_refused_in_danish_and_nothing_is_written()
    {
        var problem = await (await Admin.PostAsync("/api/members", """{ "name": "Jonas", """)).ShouldBeProblemAsync(400);

        Assert.Contains("JSON", problem.Detail());
        Assert.Contains("ikke gyldig", problem.Detail());
        Assert.Equal(0, await EventCountAsync());
    }
}
