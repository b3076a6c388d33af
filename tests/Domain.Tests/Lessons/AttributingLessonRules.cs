using Politikerforum.Domain.Lessons;
using static Politikerforum.Domain.Tests.Lessons.LessonStories;

namespace Politikerforum.Domain.Tests.Lessons;

public class when_attributing_a_lesson
{
    [Fact]
    public void the_author_of_a_chatham_house_lesson_puts_their_name_and_level_to_it()
    {
        var lesson = Given.Lesson(Recorded(Confidentiality.ChathamHouse));
        Assert.True(lesson.HidesAuthor);

        Then.Allowed(AttributingLessons.Refuses(lesson, WithAnneAndBo, AsAnne));
        var attributed = AttributingLessons.Decide(lesson, Given.Member(Registered(Anne)), Now);
        Assert.Equal(new LessonAttributed(LessonId, ThemeId, Anne, Level.Kommune, Now), attributed);
        Assert.False(Given.Lesson(Recorded(Confidentiality.ChathamHouse), attributed).HidesAuthor);
    }

    [Fact]
    public void a_secretary_who_wrote_it_is_attributed_without_a_level() =>
        Assert.Null(AttributingLessons.Decide(Given.Lesson(Recorded(Confidentiality.ChathamHouse, Secretariat.Id, null)), null, Now).AuthorLevel);

    [Fact]
    public void nobody_else_may_not_even_the_secretariat()
    {
        var lesson = Given.Lesson(Recorded(Confidentiality.ChathamHouse));
        Then.Refused(AttributingLessons.Refuses(lesson, WithAnneAndBo, AsBo), RefusalKind.Forbidden, "skrevet");
        Then.Refused(AttributingLessons.Refuses(lesson, WithAnneAndBo, Secretariat), RefusalKind.Forbidden, "skrevet");
    }

    [Fact]
    public void an_unregistered_secretariat_caller_never_owns_a_lesson() =>
        Then.Refused(AttributingLessons.Refuses(Given.Lesson(Recorded(Confidentiality.ChathamHouse, Guid.Empty, null)), WithAnneAndBo,
            Secretariat with { Id = Guid.Empty }), RefusalKind.Forbidden, "skrevet");

    [Theory]
    [InlineData(Confidentiality.Public)]
    [InlineData(Confidentiality.Forum)]
    public void a_lesson_with_a_visible_author_is_a_conflict(Confidentiality confidentiality) =>
        Then.Refused(AttributingLessons.Refuses(Given.Lesson(Recorded(confidentiality)), WithAnneAndBo, AsAnne), RefusalKind.Conflict, "Chatham House");

    [Fact]
    public void it_is_attributed_once() =>
        Then.Refused(AttributingLessons.Refuses(Given.Lesson(Recorded(Confidentiality.ChathamHouse), Attributed()), WithAnneAndBo, AsAnne),
            RefusalKind.Conflict, "allerede");

    [Fact]
    public void a_lesson_the_author_can_no_longer_see_is_not_found() =>
        Then.Unknown(AttributingLessons.Refuses(Given.Lesson(Recorded(Confidentiality.ChathamHouse)),
            Given.Theme(Opened(Visibility.Closed), Joined(Anne), Left(Anne)), AsAnne));
}
