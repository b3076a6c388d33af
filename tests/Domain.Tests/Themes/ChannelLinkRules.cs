namespace Politikerforum.Domain.Tests.Themes;

public class when_linking_a_theme_to_a_teams_channel
{
    private static readonly LinkTeamsChannel Command = new("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "19:abc@thread.tacv2");
    private static readonly Theme Closed = Given.Theme(Opened(Visibility.Closed, Anne), Joined(Anne));
    private static readonly Theme Linked = Theme.Apply(LinkingTeamsChannels.Decide(Closed, Command, Secretariat, Now), Closed);

    [Fact]
    public void the_secretariat_links_it() => Then.Allowed(LinkingTeamsChannels.Refuses(Closed, null, Command, Secretariat));

    [Fact]
    public void a_participant_may_not_and_an_outsider_cannot_even_find_it()
    {
        Then.Refused(LinkingTeamsChannels.Refuses(Closed, null, Command, AsAnne), RefusalKind.Forbidden, "sekretariatet");
        Then.Unknown(LinkingTeamsChannels.Refuses(Closed, null, Command, AsBo));
    }

    [Fact]
    public void an_archived_theme_is_linked_to_nothing() =>
        Then.Refused(LinkingTeamsChannels.Refuses(Given.Theme(Opened(Visibility.Forum), Archived()), null, Command, Secretariat), RefusalKind.Conflict, "arkiveret");

    [Fact]
    public void a_channel_is_the_place_of_one_theme()
    {
        var other = Given.Theme(new ThemeOpened(Guid.NewGuid(), "Mobilitet", "Busser", Visibility.Forum, Secretariat.Id, Earlier));
        Then.Refused(LinkingTeamsChannels.Refuses(Closed, other, Command, Secretariat), RefusalKind.Conflict, "Mobilitet");
    }

    [Fact]
    public void the_same_link_twice_is_a_conflict_and_a_new_channel_moves_the_theme()
    {
        Then.Refused(LinkingTeamsChannels.Refuses(Linked, Linked, Command, Secretariat), RefusalKind.Conflict, "allerede");
        Then.Allowed(LinkingTeamsChannels.Refuses(Linked, null, Command with { ChannelId = "19:def@thread.tacv2" }, Secretariat));
    }

    [Fact]
    public void the_link_names_the_team_the_channel_who_and_when()
    {
        Assert.Equal(new TeamsChannelLinked(ThemeId, Command.TeamId, Command.ChannelId, Secretariat.Id, Now), LinkingTeamsChannels.Decide(Closed, Command, Secretariat, Now));
        Assert.Equal(new LinkedChannel(Command.TeamId, Command.ChannelId), Linked.TeamsChannel);
    }

    [Fact]
    public void unlinking_ends_the_link_and_needs_one()
    {
        Then.Refused(UnlinkingTeamsChannels.Refuses(Closed, Secretariat), RefusalKind.Conflict, "ikke knyttet");
        Then.Allowed(UnlinkingTeamsChannels.Refuses(Linked, Secretariat));
        Assert.Null(Theme.Apply(UnlinkingTeamsChannels.Decide(Linked, Secretariat, Now), Linked).TeamsChannel);
    }
}
