using Politikerforum.Domain.Lessons;
using static Politikerforum.Domain.Tests.Lessons.LessonStories;

namespace Politikerforum.Domain.Tests.Lessons;

public class when_endorsing_a_lesson
{
    [Fact]
    public void another_member_can_use_it()
    {
        var lesson = Given.Lesson(Recorded());

        Then.Allowed(EndorsingLessons.Refuses(lesson, WithAnneAndBo, AsBo));
        Assert.Equal(new LessonEndorsed(LessonId, ThemeId, Bo, Now), EndorsingLessons.Decide(lesson, AsBo, Now));
        Assert.Equal([Bo], Given.Lesson(Recorded(), EndorsedBy(Bo)).EndorsedBy);
    }

    [Fact]
    public void a_member_need_not_take_part_in_the_theme() =>
        Then.Allowed(EndorsingLessons.Refuses(Given.Lesson(Recorded()), Given.Theme(Opened(Visibility.Forum), Joined(Anne)), AsBo));

    [Fact]
    public void each_member_endorses_once() =>
        Then.Refused(EndorsingLessons.Refuses(Given.Lesson(Recorded(), EndorsedBy(Bo)), WithAnneAndBo, AsBo), RefusalKind.Conflict, "allerede");

    [Fact]
    public void the_author_cannot_endorse_their_own_lesson() =>
        Then.Refused(EndorsingLessons.Refuses(Given.Lesson(Recorded()), WithAnneAndBo, AsAnne), RefusalKind.Conflict, "egen");

    [Theory]
    [InlineData(Role.Secretariat)]
    [InlineData(Role.Admin)]
    public void only_members_endorse(Role role) =>
        Then.Refused(EndorsingLessons.Refuses(Given.Lesson(Recorded()), WithAnneAndBo, In(role)), RefusalKind.Forbidden, "medlemmer");

    [Fact]
    public void an_integrator_is_forbidden_a_public_lesson() =>
        Then.Refused(EndorsingLessons.Refuses(Given.Lesson(Recorded(Confidentiality.Public)), Given.Theme(Opened(Visibility.Public)), Integrator),
            RefusalKind.Forbidden, "medlemmer");

    [Theory]
    [InlineData(Confidentiality.Forum)]
    [InlineData(Confidentiality.ChathamHouse)]
    public void a_confidential_lesson_is_not_found_for_an_integrator(Confidentiality confidentiality) =>
        Then.Unknown(EndorsingLessons.Refuses(Given.Lesson(Recorded(confidentiality)), Given.Theme(Opened(Visibility.Public)), Integrator));

    [Fact]
    public void a_lesson_in_a_closed_theme_is_not_found_for_an_outsider() =>
        Then.Unknown(EndorsingLessons.Refuses(Given.Lesson(Recorded()), Given.Theme(Opened(Visibility.Closed), Joined(Anne)), AsBo));
}
