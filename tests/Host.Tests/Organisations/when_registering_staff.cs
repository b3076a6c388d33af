using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Organisations;

public sealed class when_registering_staff(ForumFixture fixture) : ForumTest(fixture)
{
    private Task<Guid> ResonansAsync() => Admin.CreateAsync("/api/organisations", new { name = "Resonans" });

    private static object Staff(Guid? organisationId, string entraObjectId = "staff-oid", string email = "lise@resonans.dk") =>
        new { name = "Lise Vang", email, organisationId, entraObjectId };

    [Fact]
    public async Task an_admin_registers_a_staff_member_whom_the_secretariat_can_read()
    {
        var organisation = await ResonansAsync();

        var id = await Admin.CreateAsync("/api/staff", Staff(organisation));

        var staff = await Secretariat.ReadAsync<JsonElement>($"/api/staff/{id}");
        Assert.Equal("Lise Vang", staff.Text("name"));
        Assert.Equal(organisation, staff.GetProperty("organisationId").GetGuid());
        Assert.Equal("staff-oid", staff.Text("entraObjectId"));
    }

    [Fact]
    public async Task an_unknown_organisation_is_refused_and_nothing_is_written()
    {
        var problem = await (await Admin.PostAsync("/api/staff", Staff(Guid.NewGuid()))).ShouldBeProblemAsync(400);

        Assert.Contains("Organisationen findes ikke", problem.Detail());
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task a_duplicate_entra_object_id_is_a_conflict_and_nothing_is_written()
    {
        var organisation = await ResonansAsync();
        await Admin.CreateAsync("/api/staff", Staff(organisation));
        var before = await EventCountAsync();

        var problem = await (await Admin.PostAsync("/api/staff", Staff(organisation, " staff-oid ", "anden@resonans.dk")))
            .ShouldBeProblemAsync(409);

        Assert.Contains("Entra-objekt-id", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task only_an_admin_may_register_staff_and_nothing_is_written()
    {
        var organisation = await ResonansAsync();
        var before = await EventCountAsync();

        var problem = await (await Secretariat.PostAsync("/api/staff", Staff(organisation))).ShouldBeProblemAsync(403);

        Assert.Contains("administratorer", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task missing_and_invalid_fields_are_field_errors_and_nothing_is_written()
    {
        var problem = await (await Admin.PostAsync("/api/staff", new { email = "lise-at-resonans" })).ShouldBeProblemAsync(400);

        Assert.NotEmpty(problem.FieldError("name"));
        Assert.Contains("ikke gyldig", problem.FieldError("email"));
        Assert.Contains("Organisationen", problem.FieldError("organisationId"));
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task staff_are_not_shown_to_members_nor_found_when_unknown()
    {
        var id = await Admin.CreateAsync("/api/staff", Staff(await ResonansAsync()));
        var (_, member) = await MemberAsync();

        await (await member.GetAsync($"/api/staff/{id}")).ShouldBeProblemAsync(404);
        await (await Admin.GetAsync($"/api/staff/{Guid.NewGuid()}")).ShouldBeProblemAsync(404);
    }
}
