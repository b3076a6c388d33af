namespace Politikerforum.Domain.Tests.Themes;

public class when_opening_a_theme
{
    private static readonly OpenTheme Command = new(" Klimatilpasning ", " Hvem betaler for digerne? ", Visibility.Closed);
    private static readonly ThemeOpened OpenedNow = new(ThemeId, "Klimatilpasning", "Hvem betaler for digerne?", Visibility.Closed, Anne, Now);

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void members_and_those_who_run_the_forum_may_open_one(Role role) => Then.Allowed(OpeningThemes.Refuses(In(role)));

    [Fact]
    public void an_integrator_is_forbidden() =>
        Then.Refused(OpeningThemes.Refuses(Integrator), RefusalKind.Forbidden, "medlemmer");

    [Fact]
    public void only_the_secretariat_may_ask_for_a_teams_channel_and_only_when_the_forum_can_create_one()
    {
        var withChannel = Command with { TeamsChannel = true };
        var connected = new NewTeamsChannels(true);
        Then.Allowed(OpeningThemes.Refuses(Secretariat, withChannel, connected));
        Then.Allowed(OpeningThemes.Refuses(AsAnne, Command, new NewTeamsChannels(false)));
        Then.Refused(OpeningThemes.Refuses(AsAnne, withChannel, connected), RefusalKind.Forbidden, "sekretariatet");
        Then.Refused(OpeningThemes.Refuses(Secretariat, withChannel, new NewTeamsChannels(false)), RefusalKind.Conflict, "ikke forbundet til Microsoft Teams");
        Then.Refused(OpeningThemes.Refuses(Integrator, withChannel, connected), RefusalKind.Forbidden, "medlemmer");
    }

    [Fact]
    public void a_member_who_opens_it_joins_it_too()
    {
        var events = OpeningThemes.Decide(ThemeId, Command, AsAnne, Given.Member(Registered(Anne)), Now);

        Assert.Equal([OpenedNow, new ParticipantJoined(ThemeId, Anne, Level.Kommune, "Aarhus Kommune", Anne, Now)], events);
        Assert.True(Given.Theme(events).CanSee(AsAnne));
    }

    [Fact]
    public void the_secretariat_opens_it_without_joining() =>
        Assert.Equal([OpenedNow with { OpenedBy = Secretariat.Id }], OpeningThemes.Decide(ThemeId, Command, Secretariat, null, Now));
}

public class when_updating_a_theme
{
    private static readonly UpdateTheme Command = new(" Kystsikring ", " Diger og sluser ", Visibility.Public, 2);
    private static readonly Theme OpenedByAnne = Given.Theme(Opened(Visibility.Forum, Anne), Joined(Anne));

    [Fact]
    public void the_member_who_opened_it_updates_it()
    {
        Then.Allowed(UpdatingThemes.Refuses(OpenedByAnne, Command, AsAnne));
        Assert.Equal(new ThemeUpdated(ThemeId, "Kystsikring", "Diger og sluser", Visibility.Public, Anne, Now),
            UpdatingThemes.Decide(OpenedByAnne, Command, AsAnne, Now));
    }

    [Fact]
    public void the_secretariat_updates_any_theme() => Then.Allowed(UpdatingThemes.Refuses(OpenedByAnne, Command, Secretariat));

    [Fact]
    public void another_member_is_forbidden() =>
        Then.Refused(UpdatingThemes.Refuses(OpenedByAnne, Command, AsBo), RefusalKind.Forbidden, "åbnede temaet");

    [Fact]
    public void a_theme_the_caller_cannot_see_is_not_found() =>
        Then.Unknown(UpdatingThemes.Refuses(Given.Theme(Opened(Visibility.Forum)), Command, Integrator));

    [Fact]
    public void an_archived_theme_is_a_conflict() =>
        Then.Refused(UpdatingThemes.Refuses(Given.Theme(Opened(Visibility.Forum), Archived()), Command, Secretariat), RefusalKind.Conflict, "arkiveret");

    [Fact]
    public void a_stale_version_is_a_conflict() =>
        Then.Refused(UpdatingThemes.Refuses(OpenedByAnne, Command with { ExpectedVersion = 1 }, AsAnne), RefusalKind.Conflict, "nyeste er 2");
}

public class when_archiving_a_theme
{
    private static readonly Theme OpenedByAnne = Given.Theme(Opened(Visibility.Forum, Anne), Joined(Anne));

    [Fact]
    public void the_member_who_opened_it_archives_it()
    {
        Then.Allowed(ArchivingThemes.Refuses(OpenedByAnne, AsAnne));
        Assert.Equal(new ThemeArchived(ThemeId, Anne, Now), ArchivingThemes.Decide(OpenedByAnne, AsAnne, Now));
    }

    [Fact]
    public void the_secretariat_archives_any_theme() => Then.Allowed(ArchivingThemes.Refuses(OpenedByAnne, Secretariat));

    [Fact]
    public void another_member_is_forbidden() =>
        Then.Refused(ArchivingThemes.Refuses(OpenedByAnne, AsBo), RefusalKind.Forbidden, "åbnede temaet");

    [Fact]
    public void archiving_twice_is_a_conflict() =>
        Then.Refused(ArchivingThemes.Refuses(Given.Theme(Opened(Visibility.Forum, Anne), Archived()), AsAnne), RefusalKind.Conflict, "arkiveret");
}

public class when_deciding_who_sees_a_theme
{

    private static Actor Caller(string who) => who switch
    {
        "participant" => AsAnne,
        "member" => AsBo,
        "secretariat" => Secretariat,
        "admin" => Admin,
        _ => Integrator
    };

    [Theory]
    [InlineData("integrator", Visibility.Public, true)]
    [InlineData("integrator", Visibility.Forum, false)]
    [InlineData("integrator", Visibility.Closed, false)]
    [InlineData("member", Visibility.Public, true)]
    [InlineData("member", Visibility.Forum, true)]
    [InlineData("member", Visibility.Closed, false)]
    [InlineData("participant", Visibility.Public, true)]
    [InlineData("participant", Visibility.Forum, true)]
    [InlineData("participant", Visibility.Closed, true)]
    [InlineData("secretariat", Visibility.Public, true)]
    [InlineData("secretariat", Visibility.Forum, true)]
    [InlineData("secretariat", Visibility.Closed, true)]
    [InlineData("admin", Visibility.Public, true)]
    [InlineData("admin", Visibility.Forum, true)]
    [InlineData("admin", Visibility.Closed, true)]
    public void each_role_sees_what_the_visibility_allows(string who, Visibility visibility, bool sees) =>
        Assert.Equal(sees, Given.Theme(Opened(visibility), Joined(Anne)).CanSee(Caller(who)));

    [Fact]
    public void a_participant_who_leaves_a_closed_theme_no_longer_sees_it() =>
        Assert.False(Given.Theme(Opened(Visibility.Closed), Joined(Anne), Left(Anne)).CanSee(AsAnne));

    [Fact]
    public void closing_a_theme_hides_it_from_members_outside_it()
    {
        var closed = new ThemeUpdated(ThemeId, "Klimatilpasning", "Kun for deltagere", Visibility.Closed, Secretariat.Id, Earlier);

        Assert.False(Given.Theme(Opened(Visibility.Public), Joined(Anne), closed).CanSee(AsBo));
    }

    [Theory]
    [InlineData("integrator", new[] { Visibility.Public })]
    [InlineData("member", new[] { Visibility.Public, Visibility.Forum })]
    [InlineData("secretariat", new[] { Visibility.Public, Visibility.Forum, Visibility.Closed })]
    [InlineData("admin", new[] { Visibility.Public, Visibility.Forum, Visibility.Closed })]
    public void lists_are_open_to_the_visibilities_of_the_role(string who, Visibility[] visibilities) =>
        Assert.Equal(visibilities, ThemeAccess.OpenTo(Caller(who)));
}

public class when_joining_a_theme
{
    private static readonly Member AnneMember = Given.Member(Registered(Anne));
    private static readonly Theme ForumTheme = Given.Theme(Opened(Visibility.Forum));

    [Fact]
    public void a_member_joins_by_themself_with_their_level_and_body()
    {
        Then.Allowed(AddingParticipants.Refuses(ForumTheme, AnneMember, AsAnne));
        Assert.Equal(new ParticipantJoined(ThemeId, Anne, Level.Kommune, "Aarhus Kommune", Anne, Now),
            AddingParticipants.Decide(ForumTheme, AnneMember, AsAnne, Now));
    }

    [Fact]
    public void the_secretariat_adds_a_member_to_a_closed_theme()
    {
        var closed = Given.Theme(Opened(Visibility.Closed));

        Then.Allowed(AddingParticipants.Refuses(closed, AnneMember, Secretariat));
        Assert.Equal(Secretariat.Id, AddingParticipants.Decide(closed, AnneMember, Secretariat, Now).AddedBy);
    }

    [Fact]
    public void a_member_who_left_the_theme_may_join_again() =>
        Then.Allowed(AddingParticipants.Refuses(Given.Theme(Opened(Visibility.Forum), Joined(Anne), Left(Anne)), AnneMember, AsAnne));

    /// <summary>A closed theme is hidden from members outside it, so they are told it does not exist rather than that it is closed.</summary>
    [Fact]
    public void a_member_cannot_find_a_closed_theme_to_join() =>
        Then.Unknown(AddingParticipants.Refuses(Given.Theme(Opened(Visibility.Closed)), AnneMember, AsAnne));

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void adding_someone_else_is_forbidden(Role role) =>
        Then.Refused(AddingParticipants.Refuses(Given.Theme(Opened(Visibility.Public)), Given.Member(Registered(Bo)), In(role)),
            RefusalKind.Forbidden, "sig selv");

    [Fact]
    public void an_archived_theme_is_a_conflict() =>
        Then.Refused(AddingParticipants.Refuses(Given.Theme(Opened(Visibility.Forum), Archived()), AnneMember, AsAnne), RefusalKind.Conflict, "arkiveret");

    [Fact]
    public void joining_twice_is_a_conflict() =>
        Then.Refused(AddingParticipants.Refuses(Given.Theme(Opened(Visibility.Forum), Joined(Anne)), AnneMember, Secretariat), RefusalKind.Conflict, "allerede");

    [Fact]
    public void a_member_who_has_left_the_forum_is_invalid() =>
        Then.Refused(AddingParticipants.Refuses(ForumTheme, Given.Member(Registered(Anne), LeftForum(Anne)), Secretariat), RefusalKind.Invalid, "findes ikke");

    [Fact]
    public void an_unknown_member_is_invalid() =>
        Then.Refused(AddingParticipants.Refuses(ForumTheme, null, Secretariat), RefusalKind.Invalid, "findes ikke");
}

public class when_leaving_a_theme
{
    private static readonly Theme WithAnne = Given.Theme(Opened(Visibility.Forum), Joined(Anne));

    [Fact]
    public void a_participant_leaves_by_themself()
    {
        Then.Allowed(RemovingParticipants.Refuses(WithAnne, Anne, AsAnne));
        Assert.Equal(new ParticipantLeft(ThemeId, Anne, Anne, Now), RemovingParticipants.Decide(WithAnne, Anne, AsAnne, Now));
    }

    [Fact]
    public void the_secretariat_takes_a_participant_out()
    {
        Then.Allowed(RemovingParticipants.Refuses(WithAnne, Anne, Secretariat));
        Assert.Equal(new ParticipantLeft(ThemeId, Anne, Secretariat.Id, Now), RemovingParticipants.Decide(WithAnne, Anne, Secretariat, Now));
    }

    [Fact]
    public void taking_someone_else_out_is_forbidden() =>
        Then.Refused(RemovingParticipants.Refuses(WithAnne, Anne, AsBo), RefusalKind.Forbidden, "sig selv");

    [Fact]
    public void someone_who_does_not_take_part_is_not_found() =>
        Then.Refused(RemovingParticipants.Refuses(WithAnne, Bo, AsBo), RefusalKind.NotFound, "deltager ikke");

    [Fact]
    public void leaving_twice_is_not_found() =>
        Then.Refused(RemovingParticipants.Refuses(Given.Theme(Opened(Visibility.Forum), Joined(Anne), Left(Anne)), Anne, AsAnne),
            RefusalKind.NotFound, "deltager ikke");

    [Fact]
    public void a_theme_the_caller_cannot_see_is_not_found() =>
        Then.Unknown(RemovingParticipants.Refuses(Given.Theme(Opened(Visibility.Closed), Joined(Anne)), Bo, AsBo));
}
