namespace Politikerforum.Domain.Tests.Members;

public class when_choosing_notices_in_urgent_pace
{
    private static readonly Member Anne_ = Given.Member(Registered(Anne));

    [Fact]
    public void a_member_chooses_for_themself() => Then.Allowed(ChoosingUrgentNotices.Refuses(Anne, Anne_, new ChooseUrgentNotices(true), AsAnne));

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    [InlineData(Role.Member)]
    public void no_one_chooses_for_another(Role role) =>
        Then.Refused(ChoosingUrgentNotices.Refuses(Anne, Anne_, new ChooseUrgentNotices(true), role == Role.Member ? AsBo : In(role)), RefusalKind.Forbidden, "selv");

    [Fact]
    public void a_choice_already_made_is_a_conflict()
    {
        Then.Refused(ChoosingUrgentNotices.Refuses(Anne, Anne_, new ChooseUrgentNotices(false), AsAnne), RefusalKind.Conflict, "fravalgt besked");
        var choosing = Member.Apply(ChoosingUrgentNotices.Decide(Anne_, new ChooseUrgentNotices(true), Now), Anne_);
        Assert.True(choosing.UrgentNotices);
        Then.Refused(ChoosingUrgentNotices.Refuses(Anne, choosing, new ChooseUrgentNotices(true), AsAnne), RefusalKind.Conflict, "allerede besked");
    }
}
