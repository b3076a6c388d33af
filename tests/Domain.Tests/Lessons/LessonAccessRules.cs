using Politikerforum.Domain.Lessons;

namespace Politikerforum.Domain.Tests.Lessons;

/// <summary>A lesson's confidentiality only ever narrows what its theme already allows.</summary>
public class when_deciding_who_may_see_a_lesson
{
    [Theory]
    [InlineData(Visibility.Public, Confidentiality.Public, Role.Integrator, true)]
    [InlineData(Visibility.Public, Confidentiality.Forum, Role.Integrator, false)]
    [InlineData(Visibility.Public, Confidentiality.ChathamHouse, Role.Integrator, false)]
    [InlineData(Visibility.Forum, Confidentiality.Public, Role.Integrator, false)]
    [InlineData(Visibility.Forum, Confidentiality.ChathamHouse, Role.Member, true)]
    [InlineData(Visibility.Closed, Confidentiality.Public, Role.Member, false)]
    [InlineData(Visibility.Closed, Confidentiality.ChathamHouse, Role.Secretariat, true)]
    [InlineData(Visibility.Closed, Confidentiality.Forum, Role.Admin, true)]
    public void the_theme_decides_first_and_the_confidentiality_narrows(Visibility visibility, Confidentiality confidentiality, Role role, bool sees) =>
        Assert.Equal(sees, Given.Theme(Opened(visibility)).CanSee(confidentiality, In(role)));

    [Fact]
    public void a_participant_sees_every_lesson_in_a_closed_theme()
    {
        var closed = Given.Theme(Opened(Visibility.Closed), Joined(Bo));
        Assert.All(Enum.GetValues<Confidentiality>(), c => Assert.True(closed.CanSee(c, AsBo)));
    }

    [Fact]
    public void lists_open_only_public_lessons_to_integrators_and_all_to_members_and_the_secretariat()
    {
        Assert.Equal([Confidentiality.Public], LessonAccess.OpenTo(Integrator));
        Assert.All(new[] { AsAnne, Secretariat, Admin }, actor => Assert.Equal(Enum.GetValues<Confidentiality>(), LessonAccess.OpenTo(actor)));
    }
}

/// <summary>Who may learn who wrote or endorsed a lesson: the rule every list of "what this person did" asks.</summary>
public class when_deciding_who_may_know_who_wrote_or_endorsed_a_lesson
{
    private static LessonView View(Confidentiality confidentiality, params object[] more) =>
        Given.LessonView([LessonStories.Recorded(confidentiality), .. more]);

    [Fact]
    public void nobody_but_the_author_learns_who_wrote_a_chatham_house_lesson() =>
        Assert.All([Secretariat, Admin, AsBo], reader => Assert.False(LessonAccess.MayKnowAuthor(View(Confidentiality.ChathamHouse), Anne, reader)));

    [Fact]
    public void the_author_does_and_everyone_does_once_they_put_their_name_to_it()
    {
        Assert.True(LessonAccess.MayKnowAuthor(View(Confidentiality.ChathamHouse), Anne, AsAnne));
        Assert.True(LessonAccess.MayKnowAuthor(View(Confidentiality.ChathamHouse, LessonStories.Attributed()), Anne, Secretariat));
        Assert.True(LessonAccess.MayKnowAuthor(View(Confidentiality.Forum), Anne, Secretariat));
    }

    [Fact]
    public void only_the_endorser_learns_who_endorsed()
    {
        Assert.True(LessonAccess.MayKnowEndorser(Bo, AsBo));
        Assert.False(LessonAccess.MayKnowEndorser(Bo, AsAnne));
        Assert.False(LessonAccess.MayKnowEndorser(Bo, Secretariat));
        Assert.False(LessonAccess.MayKnowEndorser(Bo, Admin));
    }
}
