using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Organisations;

public sealed class when_registering_organisations(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task an_admin_registers_organisations_that_are_listed_page_by_page_in_the_order_they_came()
    {
        var resonans = await Admin.CreateAsync("/api/organisations", new { name = "Resonans" });
        await Admin.CreateAsync("/api/organisations", new { name = " Rambøll Management Consulting " });
        await Admin.CreateAsync("/api/organisations", new { name = "KL" });

        var first = await Secretariat.ReadAsync<JsonElement>("/api/organisations?limit=2");
        var organisations = await Secretariat.AllPagesAsync("/api/organisations", 2);

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(first.GetProperty("items")[1].Id().ToString(), first.Str("next"));
        Assert.Equal(["Resonans", "Rambøll Management Consulting", "KL"], organisations.Select(o => o.Text("name")));
        Assert.Equal(resonans, organisations[0].GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, (await Secretariat.ReadAsync<JsonElement>("/api/organisations")).GetProperty("next").ValueKind);
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
