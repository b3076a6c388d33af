using System.Security.Claims;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Domain;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

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

    private async Task<Actor> IdentifyAsync(string objectId, params string[] roles)
    {
        using var scope = Host.Services.CreateScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(Callers.ObjectIdClaim, objectId), .. roles.Select(r => new Claim(Callers.RolesClaim, r))], "test"));
        return await Callers.IdentifyAsync(principal, scope.ServiceProvider.GetRequiredService<IQuerySession>(), default);
    }

    [Theory]
    [InlineData("")]                       // no role at all
    [InlineData("3")]                      // the number of Role.Admin
    [InlineData("0")]                      // the number of Role.Member
    [InlineData("integrator,secretariat")] // flags, which Enum.TryParse read as admin
    [InlineData("member, integrator")]
    [InlineData("Admin")]
    [InlineData("SECRETARIAT")]
    [InlineData(" admin")]
    [InlineData("owner")]
    public async Task a_token_that_names_no_role_exactly_gets_nothing_at_all(string role)
    {
        var caller = As(role, "odd-oid");

        foreach (var read in new[] { "/api/themes", "/api/organisations", "/api/search?q=vagtplan", "/api/members/me" })
        {
            var problem = await (await caller.GetAsync(read)).ShouldBeProblemAsync(403);
            Assert.Contains("ingen rolle i forummet", problem.Detail());
        }
        await (await caller.PostAsync("/api/organisations", new { name = "KL" })).ShouldBeProblemAsync(403);
        Assert.Equal(0, await EventCountAsync());
        // Outside the API a token is not asked for, so it is not judged either.
        await (await caller.GetAsync("/health/live")).ShouldHaveStatusAsync(200);
    }

    [Fact]
    public async Task only_the_roles_named_exactly_count_among_several()
    {
        var actor = await IdentifyAsync("mixed-oid", "integrator", "3", "Secretariat", "integrator,admin", "member,admin");

        Assert.Equal([Role.Integrator], actor.Roles);
    }

    [Theory]
    [InlineData("member", Role.Member)]
    [InlineData("secretariat", Role.Secretariat)]
    [InlineData("integrator", Role.Integrator)]
    [InlineData("admin", Role.Admin)]
    public void each_role_has_one_name(string name, Role role)
    {
        Assert.Equal(role, RoleNames.Parse(name));
        Assert.Equal(name, RoleNames.NameOf(role));
    }

    [Fact]
    public async Task a_member_token_without_an_active_member_carries_no_member_rights_through_any_door()
    {
        var (leftId, left) = await MemberAsync(objectId: "left-oid");
        await (await left.DeleteAsync($"/api/members/{leftId}")).ShouldHaveStatusAsync(204);
        var (erasedId, _) = await MemberAsync(objectId: "erased-oid");
        await Host.ExecuteAndWaitAsync(async () =>
            await (await Secretariat.PostAsync($"/api/members/{erasedId}/erasure", new { reason = "Anmodning efter artikel 17" })).ShouldHaveStatusAsync(200));

        foreach (var objectId in new[] { "never-registered-oid", "left-oid", "erased-oid" })
        {
            var actor = await IdentifyAsync(objectId, "member");
            Assert.Equal((objectId, Guid.Empty, (Guid?)null, true, 0), (objectId, actor.Id, actor.MemberId, actor.UnregisteredMember, actor.Roles.Count));
        }
        await MemberAsync(objectId: "present-oid");
        var member = await IdentifyAsync("present-oid", "member");
        Assert.Equal([Role.Member], member.Roles);
        Assert.False(member.UnregisteredMember);
    }

    [Fact]
    public async Task a_secretariat_caller_who_also_holds_a_member_token_keeps_the_secretariat_rights()
    {
        var actor = await IdentifyAsync("staff-not-a-member-oid", "member", "secretariat");

        Assert.Equal([Role.Secretariat], actor.Roles);
        Assert.True(actor.UnregisteredMember);
    }
}
