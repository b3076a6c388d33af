namespace Politikerforum.Domain.Tests.Organisations;

public class when_registering_an_organisation
{
    [Fact]
    public void an_admin_registers_it_with_a_trimmed_name()
    {
        var id = Guid.NewGuid();

        Then.Allowed(RegisteringOrganisations.Refuses(Admin));
        Assert.Equal(new OrganisationRegistered(id, "Resonans", Admin.Id, Now),
            RegisteringOrganisations.Decide(id, new RegisterOrganisation(" Resonans "), Admin, Now));
    }

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void anyone_but_an_admin_is_forbidden(Role role) =>
        Then.Refused(RegisteringOrganisations.Refuses(In(role)), RefusalKind.Forbidden, "administratorer");
}

public class when_registering_a_staff_member
{
    private static readonly Organisation Resonans = Given.Organisation(new(Guid.NewGuid(), "Resonans", Admin.Id, Earlier));

    private static RegisterStaffMember Command(string? entraObjectId) =>
        new(" Sara Holm ", " sara@resonans.dk ", Resonans.Id, entraObjectId);

    [Fact]
    public void an_admin_registers_them_in_a_known_organisation()
    {
        var id = Guid.NewGuid();

        Then.Allowed(RegisteringStaff.Refuses(Admin, Resonans, null));
        Assert.Equal(new StaffMemberRegistered(id, "Sara Holm", "sara@resonans.dk", Resonans.Id, "oid-sara", Admin.Id, Now),
            RegisteringStaff.Decide(id, Command(" oid-sara "), Admin, Now));
    }

    [Fact]
    public void a_blank_object_id_is_recorded_as_absent() =>
        Assert.Null(RegisteringStaff.Decide(Guid.NewGuid(), Command(" "), Admin, Now).EntraObjectId);

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void anyone_but_an_admin_is_forbidden(Role role) =>
        Then.Refused(RegisteringStaff.Refuses(In(role), Resonans, null), RefusalKind.Forbidden, "administratorer");

    [Fact]
    public void an_unknown_organisation_is_invalid() =>
        Then.Refused(RegisteringStaff.Refuses(Admin, null, null), RefusalKind.Invalid, "Organisationen");

    [Fact]
    public void an_entra_object_id_already_registered_is_a_conflict()
    {
        var sara = Given.StaffMember(RegisteringStaff.Decide(Guid.NewGuid(), Command("oid-sara"), Admin, Earlier));

        Then.Refused(RegisteringStaff.Refuses(Admin, Resonans, sara), RefusalKind.Conflict, "Entra");
    }
}
