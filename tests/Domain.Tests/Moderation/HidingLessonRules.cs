using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Moderation;
using static Politikerforum.Domain.Tests.Lessons.LessonStories;

namespace Politikerforum.Domain.Tests.Moderation;

public class when_hiding_a_lesson
{
    private static readonly HideLesson Because = new("Oplysninger om en borger");
    private static LessonHidden Hidden => new(LessonId, ThemeId, "Oplysninger om en borger", Secretariat.Id, Earlier);
    private static LessonRestored Restored => new(LessonId, ThemeId, Secretariat.Id, Now);

    [Theory]
    [InlineData(Confidentiality.Public)]
    [InlineData(Confidentiality.Forum)]
    [InlineData(Confidentiality.ChathamHouse)]
    public void the_secretariat_hides_any_lesson_and_the_event_never_names_the_author(Confidentiality confidentiality)
    {
        var lesson = Given.Lesson(Recorded(confidentiality));
        Then.Allowed(HidingLessons.Refuses(lesson, WithAnneAndBo, Secretariat));
        var hidden = HidingLessons.Decide(lesson, Because, Secretariat, Now);
        Assert.Equal(new LessonHidden(LessonId, ThemeId, "Oplysninger om en borger", Secretariat.Id, Now), hidden);
        Assert.DoesNotContain(Anne.ToString(), hidden.ToString());
    }

    [Fact]
    public void both_the_write_state_and_the_view_know_it_is_hidden_until_restored()
    {
        Assert.Equal(new Hiding("Oplysninger om en borger", Earlier), Given.Lesson(Recorded(), Hidden).Hidden);
        Assert.Equal(new Hiding("Oplysninger om en borger", Earlier), Given.LessonView(Recorded(), Hidden).Hidden);
        Assert.Null(Given.Lesson(Recorded(), Hidden, Restored).Hidden);
        Assert.Null(Given.LessonView(Recorded(), Hidden, Restored).Hidden);
    }

    [Fact]
    public void hiding_a_chatham_house_lesson_keeps_the_view_anonymous() =>
        Assert.Null(Given.LessonView(Recorded(Confidentiality.ChathamHouse), Hidden).AuthorId);

    [Fact]
    public void hiding_twice_and_restoring_a_visible_lesson_are_conflicts()
    {
        Then.Refused(HidingLessons.Refuses(Given.Lesson(Recorded(), Hidden), WithAnneAndBo, Admin), RefusalKind.Conflict, "allerede skjult");
        Then.Refused(RestoringLessons.Refuses(Given.Lesson(Recorded()), WithAnneAndBo, Admin), RefusalKind.Conflict, "ikke skjult");
    }

    [Fact]
    public void the_admin_restores_a_hidden_lesson()
    {
        var lesson = Given.Lesson(Recorded(), Hidden);
        Then.Allowed(RestoringLessons.Refuses(lesson, WithAnneAndBo, Admin));
        Assert.Equal(new LessonRestored(LessonId, ThemeId, Admin.Id, Now), RestoringLessons.Decide(lesson, Admin, Now));
    }

    [Fact]
    public void the_author_and_other_members_are_forbidden_and_a_hidden_lesson_is_unknown_to_those_it_is_hidden_from()
    {
        Then.Refused(HidingLessons.Refuses(Given.Lesson(Recorded()), WithAnneAndBo, AsBo), RefusalKind.Forbidden, "sekretariatet");
        Then.Refused(HidingLessons.Refuses(Given.Lesson(Recorded()), WithAnneAndBo, AsAnne), RefusalKind.Forbidden, "sekretariatet");
        Then.Refused(RestoringLessons.Refuses(Given.Lesson(Recorded(), Hidden), WithAnneAndBo, AsAnne), RefusalKind.Forbidden, "sekretariatet");
        Then.Unknown(RestoringLessons.Refuses(Given.Lesson(Recorded(), Hidden), WithAnneAndBo, AsBo));
    }

    [Fact]
    public void an_integrator_who_may_not_read_the_lesson_is_told_it_does_not_exist()
    {
        var publicTheme = Given.Theme(Opened(Visibility.Public), Joined(Anne));
        Then.Unknown(HidingLessons.Refuses(Given.Lesson(Recorded(Confidentiality.Forum)), publicTheme, Integrator));
        Then.Refused(HidingLessons.Refuses(Given.Lesson(Recorded(Confidentiality.Public)), publicTheme, Integrator), RefusalKind.Forbidden, "sekretariatet");
    }
}

public class when_describing_moderation_in_the_timeline
{
    [Fact]
    public void hiding_says_why_and_restoring_says_so()
    {
        var postId = Guid.NewGuid();
        Assert.Equal(new Described(ThemeId, "post.hidden", "Skjulte et indlæg med begrundelsen »Personangreb«", ItemId: postId),
            TimelineDescriptions.Describe(new PostHidden(postId, ThemeId, "Personangreb", Secretariat.Id, Now)));
        Assert.Equal(new Described(ThemeId, "lesson.restored", "Gjorde en skjult erfaring synlig igen", ItemId: LessonId),
            TimelineDescriptions.Describe(new LessonRestored(LessonId, ThemeId, Secretariat.Id, Now)));
    }

    [Fact]
    public void hiding_a_chatham_house_lesson_is_shown_with_the_secretariat_as_actor() =>
        Assert.False(TimelineDescriptions.Describe(new LessonHidden(LessonId, ThemeId, "R", Secretariat.Id, Now))!.Anonymous);

    [Theory]
    [InlineData("post.published")]
    [InlineData("post.edited")]
    [InlineData("lesson.recorded")]
    [InlineData("lesson.edited")]
    public void entries_that_quote_a_hidden_item_have_a_withheld_summary(string type) =>
        Assert.Contains("skjult", TimelineDescriptions.Withheld(type));

    [Fact]
    public void entries_that_quote_nothing_keep_their_summary() =>
        Assert.Null(TimelineDescriptions.Withheld("lesson.endorsed"));
}
