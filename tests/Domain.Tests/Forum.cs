namespace Politikerforum.Domain.Tests;

/// <summary>The people, the moments and the past events the rule tests are told with.</summary>
public static class Forum
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));
    public static readonly DateTimeOffset Earlier = Now.AddDays(-2);

    /// <summary>Anne sits in Aarhus Kommune, Bo in Region Midtjylland.</summary>
    public static readonly Guid Anne = Guid.NewGuid();
    public static readonly Guid Bo = Guid.NewGuid();

    /// <summary>The theme the stories take place in; every test folds its own history of it.</summary>
    public static readonly Guid ThemeId = Guid.NewGuid();

    public static readonly Actor AsAnne = AsMember(Anne);
    public static readonly Actor AsBo = AsMember(Bo);
    public static readonly Actor Secretariat = new(Guid.NewGuid(), new HashSet<Role> { Role.Secretariat });
    public static readonly Actor Admin = new(Guid.NewGuid(), new HashSet<Role> { Role.Admin });
    public static readonly Actor Integrator = new(Guid.NewGuid(), new HashSet<Role> { Role.Integrator });

    public static Actor AsMember(Guid memberId) => new(memberId, new HashSet<Role> { Role.Member }, memberId);

    /// <summary>A typical caller in each role, for rules that turn on the role alone.</summary>
    public static Actor In(Role role) => role switch
    {
        Role.Member => AsAnne,
        Role.Secretariat => Secretariat,
        Role.Admin => Admin,
        _ => Integrator
    };

    public static MemberRegistered Registered(Guid memberId, string? entraObjectId = null) => memberId == Bo
        ? new(Bo, "Bo Jensen", "bo@rm.dk", Level.Region, "Region Midtjylland", null, entraObjectId, Secretariat.Id, Earlier)
        : new(memberId, "Anne Larsen", "anne@aarhus.dk", Level.Kommune, "Aarhus Kommune", "Socialdemokratiet", entraObjectId,
            Secretariat.Id, Earlier);

    public static MemberLeftForum LeftForum(Guid memberId) => new(memberId, memberId, Earlier);

    public static ThemeOpened Opened(Visibility visibility, Guid? openedBy = null) =>
        new(ThemeId, "Klimatilpasning", "Hvordan deler vi regningen for diger?", visibility, openedBy ?? Secretariat.Id, Earlier);

    public static ParticipantJoined Joined(Guid memberId)
    {
        var member = Registered(memberId);
        return new(ThemeId, memberId, member.Level, member.Body, memberId, Earlier);
    }

    public static ParticipantLeft Left(Guid memberId) => new(ThemeId, memberId, memberId, Earlier);

    public static ThemeArchived Archived() => new(ThemeId, Secretariat.Id, Earlier);

    public static PostPublished Published(Guid authorId, PostPublished? replyTo = null)
    {
        var postId = Guid.NewGuid();
        return new(postId, ThemeId, replyTo?.ThreadId ?? postId, replyTo?.PostId, "Vi bør dele udgiften.", authorId, Earlier);
    }

    public static PostRetracted Retracted(PostPublished post) => new(post.PostId, post.ThemeId, post.AuthorId, Earlier);
}
