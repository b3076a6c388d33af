using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Organisations;

public sealed class when_registering_organisations(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task an_admin_registers_organisations_that_are_listed_by_name()
    {
        var resonans = await Admin.CreateAsync("/api/organisations", new { name = "Resonans" });
        await Admin.CreateAsync("/api/organisations", new { name = " Rambøll Management Consulting " });

        var organisations = await Secretariat.ReadAsync<JsonElement[]>("/api/organisations");

        Assert.Equal(["Rambøll Management Consulting", "Resonans"], organisations.Select(o => o.Text("name")));
        Assert.Equal(resonans, organisations[1].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task an_organisation_is_read_by_id()
    {
        var id = await Admin.CreateAsync("/api/organisations", new { name = "Resonans" });

        var organisation = await Secretariat.ReadAsync<JsonElement>($"/api/organisations/{id}");

        Assert.Equal("Resonans", organisation.Text("name"));
    }

    [Fact]
    public async Task an_unknown_organisation_is_not_found()
    {
        await (await Admin.GetAsync($"/api/organisations/{Guid.NewGuid()}")).ShouldBeUnknownAsync();
    }

    [Fact]
    public async Task only_an_admin_may_register_organisations_and_nothing_is_written()
    {
        var (_, member) = await MemberAsync();
        var before = await EventCountAsync();

        var problem = await (await Secretariat.PostAsync("/api/organisations", new { name = "Resonans" })).ShouldBeProblemAsync(403);
        await (await member.PostAsync("/api/organisations", new { name = "Resonans" })).ShouldBeProblemAsync(403);

        Assert.Contains("administratorer", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_missing_name_is_a_field_error_and_nothing_is_written()
    {
        var problem = await (await Admin.PostAsync("/api/organisations", new { })).ShouldBeProblemAsync(400);

        Assert.Contains("udfyldes", problem.FieldError("name"));
        Assert.Equal(0, await EventCountAsync());
    }
}
