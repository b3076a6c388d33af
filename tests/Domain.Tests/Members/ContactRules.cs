namespace Politikerforum.Domain.Tests.Members;

/// <summary>The contact rule: which of Anne's fields each kind of reader sees in the directory.</summary>
public class when_reading_a_member_in_the_directory
{
    private static readonly Member AnneInTheRegistry = Given.Member(Registered(Anne, "oid-anne"));

    /// <summary>The reader, and the members who share a theme with them.</summary>
    private static (Actor Reader, IReadOnlySet<Guid> Fellows) Reader(string who) => who switch
    {
        "herself" => (AsAnne, new HashSet<Guid>()),
        "a fellow participant" => (AsBo, new HashSet<Guid> { Bo, Anne }),
        "another member" => (AsBo, new HashSet<Guid> { Bo }),
        "the secretariat" => (Secretariat, new HashSet<Guid>()),
        "an admin" => (Admin, new HashSet<Guid>()),
        _ => throw new ArgumentOutOfRangeException(nameof(who))
    };

    [Theory]
    [InlineData("herself", true, true)]
    [InlineData("a fellow participant", true, false)]
    [InlineData("another member", false, false)]
    [InlineData("the secretariat", true, true)]
    [InlineData("an admin", true, true)]
    public void each_reader_sees_what_the_rule_gives_them(string who, bool email, bool objectId)
    {
        var (reader, fellows) = Reader(who);

        var view = MemberView.For(AnneInTheRegistry, reader, fellows);

        Assert.Equal((Anne, "Anne Larsen", Level.Kommune, "Aarhus Kommune", "Socialdemokratiet"), (view.Id, view.Name, view.Level, view.Body, view.Party));
        Assert.Equal((Earlier, 1, null, null), (view.RegisteredAt, view.Version, view.LeftAt, view.ErasedAt));
        Assert.Equal(email ? "anne@aarhus.dk" : null, view.Email);
        Assert.Equal(objectId ? "oid-anne" : null, view.EntraObjectId);
    }

    [Fact]
    public void a_fellow_no_longer_gets_the_email_of_a_member_who_has_left()
    {
        var (reader, fellows) = Reader("a fellow participant");

        var view = MemberView.For(Given.Member(Registered(Anne, "oid-anne"), LeftForum(Anne)), reader, fellows);

        Assert.Equal(("Anne Larsen", null, Earlier), (view.Name, view.Email, view.LeftAt));
    }

    [Fact]
    public void the_secretariat_still_has_the_contact_details_of_a_member_who_has_left()
    {
        var view = MemberView.For(Given.Member(Registered(Anne, "oid-anne"), LeftForum(Anne)), Secretariat, new HashSet<Guid>());

        Assert.Equal(("anne@aarhus.dk", "oid-anne"), (view.Email, view.EntraObjectId));
    }

    [Fact]
    public void a_member_token_without_a_membership_is_no_one_s_fellow_and_sees_nothing_private()
    {
        var stranger = new Actor(Guid.Empty, new HashSet<Role>()) { UnregisteredMember = true };

        var view = MemberView.For(AnneInTheRegistry, stranger, new HashSet<Guid> { Anne });

        Assert.Equal(((string?)null, (string?)null), (view.Email, view.EntraObjectId));
    }
}
