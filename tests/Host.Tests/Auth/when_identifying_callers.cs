using Marten;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Auth;

public sealed class when_identifying_callers(ForumFixture fixture) : ForumTest(fixture)
{
    private static object NewMember(string name) => new { name, email = "x@example.dk", level = "kommune", body = "Vejle Kommune" };

    private async Task<string?> RecordedActorOfAsync(Guid streamId)
    {
        await using var session = Store.QuerySession();
        return (await session.Events.FetchStreamAsync(streamId)).Single().UserName;
    }

    [Fact]
    public async Task a_secretariat_caller_not_yet_in_the_registry_may_still_register_a_member()
    {
        var newcomer = As("secretariat", "new-staff-oid");

        var id = await newcomer.CreateAsync("/api/members", NewMember("Mette Holm"));

        Assert.Equal(Guid.Empty.ToString(), await RecordedActorOfAsync(id));
    }

    [Fact]
    public async Task once_registered_as_staff_their_next_action_is_recorded_under_their_staff_id()
    {
        var newcomer = As("secretariat", "new-staff-oid");
        await newcomer.CreateAsync("/api/members", NewMember("Mette Holm"));
        var organisation = await Admin.CreateAsync("/api/organisations", new { name = "Resonans" });
        var staffId = await Admin.CreateAsync("/api/staff",
            new { name = "Lise Vang", email = "lise@resonans.dk", organisationId = organisation, entraObjectId = "new-staff-oid" });

        var id = await newcomer.CreateAsync("/api/members", NewMember("Anders Lund"));

        Assert.Equal(staffId.ToString(), await RecordedActorOfAsync(id));
    }

    [Fact]
    public async Task integrators_are_forbidden_the_member_directory()
    {
        var (id, _) = await MemberAsync();

        var problem = await (await Integrator.GetAsync("/api/members")).ShouldBeProblemAsync(403);
        await (await Integrator.GetAsync($"/api/members/{id}")).ShouldBeProblemAsync(403);
        await (await Integrator.GetAsync("/api/members/me")).ShouldBeProblemAsync(403);

        Assert.Contains("medlemmer og sekretariatet", problem.Detail());
    }

    [Fact]
    public async Task integrators_cannot_register_members_and_nothing_is_written()
    {
        await (await Integrator.PostAsync("/api/members", NewMember("Mette Holm"))).ShouldBeProblemAsync(403);

        Assert.Equal(0, await EventCountAsync());
    }
}
