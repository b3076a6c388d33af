using Politikerforum.Domain.Moderation;

namespace Politikerforum.Domain.Tests.Moderation;

public class when_hiding_a_post
{
    private static readonly Theme WithAnne = Given.Theme(Opened(Visibility.Forum), Joined(Anne));
    private static readonly Theme ClosedWithoutBo = Given.Theme(Opened(Visibility.Closed), Joined(Anne));
    private static readonly PostPublished ByAnne = Published(Anne);
    private static readonly HidePost Because = new(" Personangreb ");
    private static PostHidden Hidden => new(ByAnne.PostId, ThemeId, "Personangreb", Secretariat.Id, Earlier);

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void those_who_run_the_forum_hide_it_with_a_reason(Role role)
    {
        var post = Given.Post(ByAnne);
        Then.Allowed(HidingPosts.Refuses(post, WithAnne, In(role)));
        Assert.Equal(new PostHidden(post.Id, ThemeId, "Personangreb", In(role).Id, Now), HidingPosts.Decide(post, Because, In(role), Now));
    }

    [Fact]
    public void a_hidden_post_keeps_its_text_and_says_why() =>
        Assert.Equal(("Vi bør dele udgiften.", new Hiding("Personangreb", Earlier)), (Given.Post(ByAnne, Hidden).Text, Given.Post(ByAnne, Hidden).Hidden));

    [Fact]
    public void a_restored_post_is_no_longer_hidden() =>
        Assert.Null(Given.Post(ByAnne, Hidden, new PostRestored(ByAnne.PostId, ThemeId, Secretariat.Id, Now)).Hidden);

    [Fact]
    public void hiding_it_twice_is_a_conflict() =>
        Then.Refused(HidingPosts.Refuses(Given.Post(ByAnne, Hidden), WithAnne, Secretariat), RefusalKind.Conflict, "allerede skjult");

    [Fact]
    public void restoring_a_visible_post_is_a_conflict() =>
        Then.Refused(RestoringPosts.Refuses(Given.Post(ByAnne), WithAnne, Secretariat), RefusalKind.Conflict, "ikke skjult");

    [Fact]
    public void the_secretariat_restores_a_hidden_post()
    {
        var post = Given.Post(ByAnne, Hidden);
        Then.Allowed(RestoringPosts.Refuses(post, WithAnne, Secretariat));
        Assert.Equal(new PostRestored(post.Id, ThemeId, Secretariat.Id, Now), RestoringPosts.Decide(post, Secretariat, Now));
    }

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void members_and_integrators_who_see_it_are_forbidden(Role role)
    {
        var theme = Given.Theme(Opened(Visibility.Public), Joined(Anne));
        Then.Refused(HidingPosts.Refuses(Given.Post(ByAnne), theme, In(role)), RefusalKind.Forbidden, "sekretariatet");
    }

    [Fact]
    public void the_author_of_a_hidden_post_is_forbidden_to_restore_it_and_to_others_it_is_unknown()
    {
        var theme = Given.Theme(Opened(Visibility.Public), Joined(Anne));
        Then.Refused(RestoringPosts.Refuses(Given.Post(ByAnne, Hidden), theme, AsAnne), RefusalKind.Forbidden, "sekretariatet");
        Then.Unknown(RestoringPosts.Refuses(Given.Post(ByAnne, Hidden), theme, Integrator));
    }

    [Fact]
    public void someone_who_cannot_see_the_theme_is_told_it_does_not_exist()
    {
        Then.Unknown(HidingPosts.Refuses(Given.Post(ByAnne), ClosedWithoutBo, AsBo));
        Then.Unknown(RestoringPosts.Refuses(Given.Post(ByAnne, Hidden), ClosedWithoutBo, AsBo));
    }

    [Fact]
    public void a_hidden_post_is_seen_by_its_author_and_the_secretariat_only()
    {
        var hidden = Given.Post(ByAnne, Hidden);
        Assert.True(WithAnne.CanSee(hidden, AsAnne));
        Assert.True(WithAnne.CanSee(hidden, Secretariat));
        Assert.True(WithAnne.CanSee(hidden, Admin));
        Assert.False(WithAnne.CanSee(hidden, AsBo));
        Assert.True(WithAnne.CanSee(Given.Post(ByAnne), AsBo));
    }

    [Fact]
    public void nobody_unregistered_passes_for_the_author_of_a_hidden_post() =>
        Assert.False(Moderating.CanSee(new Hiding("R", Now), Guid.Empty, new Actor(Guid.Empty, new HashSet<Role> { Role.Integrator })));

    [Fact]
    public void a_hidden_post_cannot_be_answered_by_those_it_is_hidden_from()
    {
        var theme = Given.Theme(Opened(Visibility.Forum), Joined(Anne), Joined(Bo));
        var hidden = Given.Post(ByAnne, Hidden);
        Then.Refused(Publishing.Refuses(theme, hidden, new PublishPost("Svar", hidden.Id), AsBo), RefusalKind.Invalid, "findes ikke");
        Then.Allowed(Publishing.Refuses(theme, hidden, new PublishPost("Svar", hidden.Id), AsAnne));
    }
}
