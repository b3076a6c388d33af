namespace Politikerforum.Domain.Tests.Members;

public class when_registering_a_member
{
    private static readonly RegisterMember Command =
        new(" Anne Larsen ", " anne@aarhus.dk ", Level.Kommune, " Aarhus Kommune ", " Socialdemokratiet ", " oid-anne ");

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void those_who_run_the_forum_may_register(Role role) => Then.Allowed(RegisteringMembers.Refuses(In(role), null));

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void anyone_else_is_forbidden(Role role) =>
        Then.Refused(RegisteringMembers.Refuses(In(role), null), RefusalKind.Forbidden, "sekretariatet");

    [Fact]
    public void an_entra_object_id_already_registered_is_a_conflict() =>
        Then.Refused(RegisteringMembers.Refuses(Secretariat, Given.Member(Registered(Bo, "oid-anne"))), RefusalKind.Conflict, "Entra");

    [Fact]
    public void the_member_is_registered_with_trimmed_details_by_the_registrar()
    {
        var memberId = Guid.NewGuid();

        Assert.Equal(
            new MemberRegistered(memberId, "Anne Larsen", "anne@aarhus.dk", Level.Kommune, "Aarhus Kommune",
                "Socialdemokratiet", "oid-anne", Secretariat.Id, Now),
            RegisteringMembers.Decide(memberId, Command, Secretariat, Now));
    }

    [Fact]
    public void a_blank_party_and_object_id_are_recorded_as_absent()
    {
        var registered = RegisteringMembers.Decide(Guid.NewGuid(), Command with { Party = "  ", EntraObjectId = "" }, Admin, Now);

        Assert.Null(registered.Party);
        Assert.Null(registered.EntraObjectId);
    }
}

public class when_updating_a_profile
{
    private static readonly UpdateProfile Command = new(" Anne Larsen-Holm ", " anne@aarhus.dk ", Level.Region, " Region Midtjylland ", " ", 1);

    [Fact]
    public void a_member_updates_their_own_profile()
    {
        var anne = Given.Member(Registered(Anne));

        Then.Allowed(UpdatingProfiles.Refuses(anne, Command, AsAnne));
        Assert.Equal(
            new MemberProfileUpdated(Anne, "Anne Larsen-Holm", "anne@aarhus.dk", Level.Region, "Region Midtjylland", null, Anne, Now),
            UpdatingProfiles.Decide(anne, Command, AsAnne, Now));
    }

    [Fact]
    public void the_secretariat_updates_anyones_profile()
    {
        var anne = Given.Member(Registered(Anne));

        Then.Allowed(UpdatingProfiles.Refuses(anne, Command, Secretariat));
        Assert.Equal(Secretariat.Id, UpdatingProfiles.Decide(anne, Command, Secretariat, Now).UpdatedBy);
    }

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void someone_elses_profile_is_forbidden(Role role) =>
        Then.Refused(UpdatingProfiles.Refuses(Given.Member(Registered(Bo)), Command, In(role)), RefusalKind.Forbidden, "egen profil");

    [Fact]
    public void an_unknown_member_is_not_found_before_anything_else() =>
        Then.Unknown(UpdatingProfiles.Refuses(null, Command, In(Role.Integrator)));

    [Fact]
    public void a_member_who_has_left_is_a_conflict()
    {
        var left = Given.Member(Registered(Anne), LeftForum(Anne));

        Then.Refused(UpdatingProfiles.Refuses(left, Command with { ExpectedVersion = 2 }, Secretariat), RefusalKind.Conflict, "forladt");
    }

    [Fact]
    public void a_stale_version_is_a_conflict()
    {
        var anne = Given.Member(Registered(Anne),
            new MemberProfileUpdated(Anne, "Anne Larsen", "anne@aarhus.dk", Level.Kommune, "Aarhus Kommune", null, Anne, Earlier));

        Then.Refused(UpdatingProfiles.Refuses(anne, Command, AsAnne), RefusalKind.Conflict, "nyeste er 2");
        Then.Allowed(UpdatingProfiles.Refuses(anne, Command with { ExpectedVersion = 2 }, AsAnne));
    }
}

public class when_leaving_the_forum
{
    [Fact]
    public void a_member_leaves_by_themself()
    {
        var anne = Given.Member(Registered(Anne));

        Then.Allowed(LeavingTheForum.Refuses(anne, AsAnne));
        Assert.Equal(new MemberLeftForum(Anne, Anne, Now), LeavingTheForum.Decide(anne, AsAnne, Now));
    }

    [Fact]
    public void the_secretariat_signs_a_member_out()
    {
        var anne = Given.Member(Registered(Anne));

        Then.Allowed(LeavingTheForum.Refuses(anne, Secretariat));
        Assert.Equal(new MemberLeftForum(Anne, Secretariat.Id, Now), LeavingTheForum.Decide(anne, Secretariat, Now));
    }

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void signing_out_someone_else_is_forbidden(Role role) =>
        Then.Refused(LeavingTheForum.Refuses(Given.Member(Registered(Bo)), In(role)), RefusalKind.Forbidden, "medlemmet selv");

    [Fact]
    public void an_unknown_member_is_not_found_before_anything_else() =>
        Then.Unknown(LeavingTheForum.Refuses(null, AsAnne));

    [Fact]
    public void leaving_twice_is_a_conflict() =>
        Then.Refused(LeavingTheForum.Refuses(Given.Member(Registered(Anne), LeftForum(Anne)), AsAnne), RefusalKind.Conflict, "allerede");
}
