namespace Politikerforum.Domain.Tests.Members;

public class when_erasing_a_member
{
    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void those_who_run_the_forum_may_erase(Role role) => Then.Allowed(Erasing.Refuses(Given.Member(Registered(Anne)), In(role)));

    [Theory]
    [InlineData(Role.Member)]
    [InlineData(Role.Integrator)]
    public void nobody_else_may(Role role) =>
        Then.Refused(Erasing.Refuses(Given.Member(Registered(Anne)), In(role)), RefusalKind.Forbidden, "sekretariatet");

    [Fact]
    public void an_unknown_member_is_not_found_before_anything_else() =>
        Then.Unknown(Erasing.Refuses(null, In(Role.Member)));

    [Fact]
    public void erasing_twice_is_a_conflict()
    {
        var erased = Erasing.Decide(Given.Member(Registered(Anne)), new EraseMember(null), Secretariat, Now);
        Then.Refused(Erasing.Refuses(Member.Apply(erased, Given.Member(Registered(Anne))), Secretariat), RefusalKind.Conflict, "slettet");
    }

    [Fact]
    public void the_erasure_names_who_and_when_and_none_of_the_erased_data()
    {
        Assert.Equal(new MemberErased(Anne, "Anmodning", Secretariat.Id, Now),
            Erasing.Decide(Given.Member(Registered(Anne)), new EraseMember(" Anmodning "), Secretariat, Now));
    }

    [Fact]
    public void the_member_becomes_a_former_member_without_personal_data()
    {
        var member = Member.Apply(new MemberErased(Anne, null, Secretariat.Id, Now), Given.Member(Registered(Anne, "oid-anne")));

        Assert.Equal(("Tidligere medlem", "", null, null, Now, Now), (member.Name, member.Email, member.Party, member.EntraObjectId, member.ErasedAt, member.LeftAt));
        Assert.Equal((Level.Kommune, "Aarhus Kommune"), (member.Level, member.Body));
    }

    [Fact]
    public void masking_keeps_the_facts_and_removes_the_person()
    {
        var masked = Erasing.Mask(Registered(Anne, "oid-anne"));
        Assert.Equal(("Tidligere medlem", "", null, null), (masked.Name, masked.Email, masked.Party, masked.EntraObjectId));
        Assert.Equal((Anne, Level.Kommune, "Aarhus Kommune"), (masked.MemberId, masked.Level, masked.Body));

        var profile = Erasing.Mask(new MemberProfileUpdated(Anne, "Anne L", "a@b.dk", Level.Region, "Region Midtjylland", "V", Anne, Now));
        Assert.Equal(("Tidligere medlem", "", null), (profile.Name, profile.Email, profile.Party));
    }

    [Fact]
    public void a_chatham_house_lesson_forgets_its_author_and_keeps_its_text()
    {
        var recorded = Erasing.Mask(Lessons.LessonStories.Recorded(Politikerforum.Domain.Lessons.Confidentiality.ChathamHouse));
        var edited = Erasing.Mask(Lessons.LessonStories.Edited(Politikerforum.Domain.Lessons.Confidentiality.ChathamHouse));

        Assert.Equal((Guid.Empty, (Level?)null, "Det virkede at dele vagtplanen."), (recorded.AuthorId, recorded.AuthorLevel, recorded.Text));
        Assert.Equal((Guid.Empty, "Det virkede, da alle var med."), (edited.EditedBy, edited.Text));
    }

    [Fact]
    public void a_named_lesson_keeps_its_author_and_loses_only_text_marked_personal()
    {
        var recorded = Erasing.Mask(Lessons.LessonStories.Recorded() with { Personal = true });
        var edited = Erasing.Mask(Lessons.LessonStories.Edited() with { Personal = true });

        Assert.Equal((Anne, (Level?)Level.Kommune, Erasing.ErasedText), (recorded.AuthorId, recorded.AuthorLevel, recorded.Text));
        Assert.Equal((Anne, Erasing.ErasedText), (edited.EditedBy, edited.Text));
        Assert.Equal("Det virkede, da alle var med.", Erasing.Mask(Lessons.LessonStories.Edited()).Text);
    }

    [Fact]
    public void an_edited_post_loses_only_text_marked_personal()
    {
        var edited = new Politikerforum.Domain.Posts.PostEdited(Guid.NewGuid(), ThemeId, "Min mor er stadig syg.", Anne, Now);

        Assert.Equal("Min mor er stadig syg.", Erasing.Mask(edited).Text);
        Assert.Equal((Erasing.ErasedText, Anne), (Erasing.Mask(edited with { Personal = true }).Text, Erasing.Mask(edited with { Personal = true }).EditedBy));
    }

    [Fact]
    public void only_text_marked_personal_is_blanked()
    {
        var post = new Politikerforum.Domain.Posts.PostPublished(Guid.NewGuid(), ThemeId, Guid.NewGuid(), null, "Min mor er syg.", Anne, Now);

        Assert.Equal("Min mor er syg.", Erasing.Mask(post).Text);
        Assert.Equal(Erasing.ErasedText, Erasing.Mask(post with { Personal = true }).Text);
        Assert.Equal(post.PostId, Erasing.Mask(post with { Personal = true }).PostId);
    }
}
