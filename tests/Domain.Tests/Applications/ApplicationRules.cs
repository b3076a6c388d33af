using Politikerforum.Domain.Applications;

namespace Politikerforum.Domain.Tests.Applications;

public class when_someone_applies_to_join
{
    private static readonly Actor Stranger = ActorIdentity.Stranger("oid-karen");
    private static readonly ApplyForMembership Command = new(" Karen Vestergaard ", " Aalborg Kommune ");

    private static MembershipApplication Pending(string objectId = "oid-karen") =>
        MembershipApplication.Create(new ApplicationSubmitted(Guid.NewGuid(), "Karen Vestergaard", "Aalborg Kommune", objectId, Earlier));

    [Fact]
    public void a_person_the_forum_does_not_know_may_apply() => Then.Allowed(ApplyingForMembership.Refuses(Stranger, null));

    [Fact]
    public void a_member_is_one_already() => Then.Refused(ApplyingForMembership.Refuses(AsAnne, null), RefusalKind.Conflict, "allerede medlem");

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void those_who_run_the_forum_register_members_themselves(Role role) =>
        Then.Refused(ApplyingForMembership.Refuses(In(role) with { ObjectId = "oid" }, null), RefusalKind.Forbidden, "registrerer");

    [Fact]
    public void a_program_or_a_caller_without_an_object_id_cannot_apply()
    {
        Then.Refused(ApplyingForMembership.Refuses(Integrator with { ObjectId = "oid" }, null), RefusalKind.Forbidden, "person");
        Then.Refused(ApplyingForMembership.Refuses(new Actor(Guid.Empty, new HashSet<Role>()), null), RefusalKind.Forbidden, "person");
    }

    [Fact]
    public void one_application_waits_at_a_time() => Then.Refused(ApplyingForMembership.Refuses(Stranger, Pending()), RefusalKind.Conflict, "allerede søgt");

    [Fact]
    public void the_application_holds_the_trimmed_details_and_the_object_id_of_the_applicant()
    {
        var id = Guid.NewGuid();
        Assert.Equal(new ApplicationSubmitted(id, "Karen Vestergaard", "Aalborg Kommune", "oid-karen", Now), ApplyingForMembership.Decide(id, Command, Stranger, Now));
    }

    [Fact]
    public void only_the_secretariat_decides_and_before_it_says_whether_the_application_exists()
    {
        Then.Refused(ApprovingApplications.Refuses(null, null, AsAnne), RefusalKind.Forbidden, "sekretariatet");
        Then.Refused(RejectingApplications.Refuses(Pending(), AsAnne), RefusalKind.Forbidden, "sekretariatet");
        Then.Refused(ApprovingApplications.Refuses(null, null, Secretariat), RefusalKind.NotFound, "Ansøgningen");
        Then.Allowed(ApprovingApplications.Refuses(Pending(), null, Admin));
    }

    [Fact]
    public void an_application_is_decided_once()
    {
        var rejected = MembershipApplication.Apply(new ApplicationRejected(Guid.NewGuid(), null, Secretariat.Id, Now), Pending());
        Then.Refused(ApprovingApplications.Refuses(rejected, null, Secretariat), RefusalKind.Conflict, "behandlet");
        Then.Refused(RejectingApplications.Refuses(rejected, Secretariat), RefusalKind.Conflict, "behandlet");
    }

    [Fact]
    public void approval_follows_the_registration_rule_one_person_one_member() =>
        Then.Refused(ApprovingApplications.Refuses(Pending(), Given.Member(Registered(Anne, "oid-karen")), Secretariat), RefusalKind.Conflict, "Entra");

    [Fact]
    public void approval_registers_the_applicant_under_their_object_id_with_what_the_secretariat_adds()
    {
        var application = Pending();
        var memberId = Guid.NewGuid();

        var (approved, registered) = ApprovingApplications.Decide(memberId, application,
            new ApproveApplication("kv@aalborg.dk", Level.Kommune, null, " ", "A"), Secretariat, Now);

        Assert.Equal(new ApplicationApproved(application.Id, memberId, Secretariat.Id, Now), approved);
        Assert.Equal(new MemberRegistered(memberId, "Karen Vestergaard", "kv@aalborg.dk", Level.Kommune, "Aalborg Kommune", "A", "oid-karen", Secretariat.Id, Now),
            registered);
    }
}
