namespace Politikerforum.Domain.Tests.Posts;

public class when_publishing_a_post
{
    private static readonly Guid PostId = Guid.NewGuid();
    private static readonly Theme WithAnne = Given.Theme(Opened(Visibility.Forum), Joined(Anne));
    private static readonly PublishPost NewThread = new(" Vi bør dele udgiften. ", null);
    private static readonly PostPublished Root = Published(Bo);

    private static PublishPost ReplyTo(Guid postId) => NewThread with { ReplyTo = postId };

    [Fact]
    public void a_participant_starts_a_thread_of_their_own()
    {
        Then.Allowed(Publishing.Refuses(WithAnne, null, NewThread, AsAnne));
        Assert.Equal(new PostPublished(PostId, ThemeId, PostId, null, "Vi bør dele udgiften.", Anne, Now),
            Publishing.Decide(PostId, WithAnne.Id, null, NewThread, AsAnne, Now));
    }

    [Fact]
    public void the_secretariat_writes_without_taking_part()
    {
        Then.Allowed(Publishing.Refuses(WithAnne, null, NewThread, Secretariat));
        Assert.Equal(Secretariat.Id, Publishing.Decide(PostId, WithAnne.Id, null, NewThread, Secretariat, Now).AuthorId);
    }

    [Fact]
    public void a_reply_to_the_first_post_belongs_to_its_thread()
    {
        var root = Given.Post(Root);

        Then.Allowed(Publishing.Refuses(WithAnne, root, ReplyTo(root.Id), AsAnne));
        Assert.Equal(new PostPublished(PostId, ThemeId, Root.PostId, Root.PostId, "Vi bør dele udgiften.", Anne, Now),
            Publishing.Decide(PostId, WithAnne.Id, root, ReplyTo(root.Id), AsAnne, Now));
    }

    [Fact]
    public void a_reply_to_a_reply_belongs_to_the_first_posts_thread()
    {
        var reply = Given.Post(Published(Bo, Root));

        var published = Publishing.Decide(PostId, WithAnne.Id, reply, ReplyTo(reply.Id), AsAnne, Now);

        Assert.Equal((Root.PostId, reply.Id), (published.ThreadId, published.ReplyTo!.Value));
    }

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void someone_who_does_not_take_part_is_forbidden(Role role) =>
        Then.Refused(Publishing.Refuses(Given.Theme(Opened(Visibility.Public)), null, NewThread, In(role)), RefusalKind.Forbidden, "deltage");

    [Fact]
    public void a_theme_the_caller_cannot_see_is_not_found() =>
        Then.Unknown(Publishing.Refuses(Given.Theme(Opened(Visibility.Closed)), null, NewThread, AsBo));

    [Fact]
    public void an_archived_theme_is_a_conflict() =>
        Then.Refused(Publishing.Refuses(Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived()), null, NewThread, AsAnne),
            RefusalKind.Conflict, "arkiveret");

    [Fact]
    public void a_reply_to_an_unknown_post_is_invalid() =>
        Then.Refused(Publishing.Refuses(WithAnne, null, ReplyTo(Guid.NewGuid()), AsAnne), RefusalKind.Invalid, "findes ikke");

    [Fact]
    public void a_reply_to_a_post_in_another_theme_is_invalid()
    {
        var elsewhere = Given.Post(Published(Bo) with { ThemeId = Guid.NewGuid() });

        Then.Refused(Publishing.Refuses(WithAnne, elsewhere, ReplyTo(elsewhere.Id), AsAnne), RefusalKind.Invalid, "dette tema");
    }

    [Fact]
    public void a_reply_to_a_retracted_post_is_a_conflict()
    {
        var retracted = Given.Post(Root, Retracted(Root));

        Then.Refused(Publishing.Refuses(WithAnne, retracted, ReplyTo(retracted.Id), AsAnne), RefusalKind.Conflict, "trukket tilbage");
    }
}

public class when_editing_a_post
{
    private static readonly Theme WithAnneAndBo = Given.Theme(Opened(Visibility.Forum), Joined(Anne), Joined(Bo));
    private static readonly PostPublished ByAnne = Published(Anne);
    private static readonly EditPost Command = new(" Vi bør dele udgiften ligeligt. ", 1);

    [Fact]
    public void the_author_edits_it()
    {
        var post = Given.Post(ByAnne);

        Then.Allowed(Editing.Refuses(post, WithAnneAndBo, Command, AsAnne));
        Assert.Equal(new PostEdited(ByAnne.PostId, ThemeId, "Vi bør dele udgiften ligeligt.", Anne, Now),
            Editing.Decide(post, Command, AsAnne, Now));
    }

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void anyone_but_the_author_is_forbidden(Role role) =>
        Then.Refused(Editing.Refuses(Given.Post(Published(Bo)), WithAnneAndBo, Command, In(role)), RefusalKind.Forbidden, "egne indlæg");

    [Fact]
    public void a_retracted_post_is_a_conflict() =>
        Then.Refused(Editing.Refuses(Given.Post(ByAnne, Retracted(ByAnne)), WithAnneAndBo, Command with { ExpectedVersion = 2 }, AsAnne),
            RefusalKind.Conflict, "trukket tilbage");

    [Fact]
    public void a_post_in_an_archived_theme_is_a_conflict() =>
        Then.Refused(Editing.Refuses(Given.Post(ByAnne), Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived()), Command, AsAnne),
            RefusalKind.Conflict, "arkiveret");

    [Fact]
    public void a_stale_version_is_a_conflict()
    {
        var edited = Given.Post(ByAnne, new PostEdited(ByAnne.PostId, ThemeId, "Første rettelse", Anne, Earlier));

        Then.Refused(Editing.Refuses(edited, WithAnneAndBo, Command, AsAnne), RefusalKind.Conflict, "nyeste er 2");
        Then.Allowed(Editing.Refuses(edited, WithAnneAndBo, Command with { ExpectedVersion = 2 }, AsAnne));
    }

    [Fact]
    public void an_author_who_left_a_closed_theme_cannot_find_the_post() =>
        Then.Unknown(Editing.Refuses(Given.Post(ByAnne), Given.Theme(Opened(Visibility.Closed), Joined(Anne), Left(Anne)), Command, AsAnne));
}

public class when_retracting_a_post
{
    private static readonly Theme WithAnneAndBo = Given.Theme(Opened(Visibility.Forum), Joined(Anne), Joined(Bo));
    private static readonly PostPublished ByAnne = Published(Anne);

    [Fact]
    public void the_author_retracts_it_and_its_text_is_gone()
    {
        var post = Given.Post(ByAnne);

        Then.Allowed(Retracting.Refuses(post, WithAnneAndBo, AsAnne));
        var retracted = Retracting.Decide(post, AsAnne, Now);
        Assert.Equal(new PostRetracted(ByAnne.PostId, ThemeId, Anne, Now), retracted);
        Assert.Null(Given.Post(ByAnne, retracted).Text);
    }

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void anyone_but_the_author_is_forbidden(Role role) =>
        Then.Refused(Retracting.Refuses(Given.Post(Published(Bo)), WithAnneAndBo, In(role)), RefusalKind.Forbidden, "egne indlæg");

    [Fact]
    public void retracting_twice_is_a_conflict() =>
        Then.Refused(Retracting.Refuses(Given.Post(ByAnne, Retracted(ByAnne)), WithAnneAndBo, AsAnne), RefusalKind.Conflict, "allerede");

    [Fact]
    public void a_post_in_an_archived_theme_is_a_conflict() =>
        Then.Refused(Retracting.Refuses(Given.Post(ByAnne), Given.Theme(Opened(Visibility.Forum), Archived()), AsAnne),
            RefusalKind.Conflict, "arkiveret");
}
