namespace Politikerforum.Domain.Tests.Members;

public class when_exporting_a_members_data
{
    [Fact]
    public void a_member_may_export_their_own_data_and_the_export_names_them_as_exporter()
    {
        var anne = Given.Member(Registered(Anne));

        Then.Allowed(ExportingMemberData.Refuses(Anne, anne, AsAnne));
        Assert.Equal(new MemberDataExported(Anne, Anne, Now), ExportingMemberData.Decide(anne, AsAnne, Now));
    }

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void those_who_run_the_forum_may_export_anyones_data(Role role)
    {
        var anne = Given.Member(Registered(Anne));

        Then.Allowed(ExportingMemberData.Refuses(Anne, anne, In(role)));
        Assert.Equal(new MemberDataExported(Anne, In(role).Id, Now), ExportingMemberData.Decide(anne, In(role), Now));
    }

    [Fact]
    public void a_member_who_has_left_may_still_have_their_data_exported() =>
        Then.Allowed(ExportingMemberData.Refuses(Anne, Given.Member(Registered(Anne), LeftForum(Anne)), Secretariat));

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void anyone_else_is_forbidden(Role role) =>
        Then.Refused(ExportingMemberData.Refuses(Bo, Given.Member(Registered(Bo)), In(role)), RefusalKind.Forbidden, "egne oplysninger");

    [Fact]
    public void another_member_is_forbidden_even_for_an_id_no_one_has() =>
        Then.Refused(ExportingMemberData.Refuses(Guid.NewGuid(), null, AsAnne), RefusalKind.Forbidden, "egne oplysninger");

    [Fact]
    public void an_unknown_member_is_not_found_for_the_secretariat() =>
        Then.Unknown(ExportingMemberData.Refuses(Guid.NewGuid(), null, Secretariat));
}
