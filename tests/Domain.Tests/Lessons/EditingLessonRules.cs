using Politikerforum.Domain.Lessons;
using static Politikerforum.Domain.Tests.Lessons.LessonStories;

namespace Politikerforum.Domain.Tests.Lessons;

public class when_editing_a_lesson
{
    private static readonly EditLesson Command = new(" Ny titel ", " Ny tekst ", LessonKind.Mixed, ["Ny", "ny "], 1);

    [Fact]
    public void the_author_edits_it_and_its_confidentiality_goes_along()
    {
        var lesson = Given.Lesson(Recorded(Confidentiality.ChathamHouse));

        Then.Allowed(EditingLessons.Refuses(lesson, WithAnneAndBo, Command, AsAnne));
        Assert.Equivalent(
            new LessonEdited(LessonId, ThemeId, "Ny titel", "Ny tekst", LessonKind.Mixed, ["ny"], Confidentiality.ChathamHouse, Anne, Now),
            EditingLessons.Decide(lesson, Command, AsAnne, Now), strict: true);
    }

    [Fact]
    public void another_member_may_not() =>
        Then.Refused(EditingLessons.Refuses(Given.Lesson(Recorded()), WithAnneAndBo, Command, AsBo), RefusalKind.Forbidden, "egne");

    [Fact]
    public void not_even_the_secretariat_may_edit_someone_elses_lesson() =>
        Then.Refused(EditingLessons.Refuses(Given.Lesson(Recorded()), WithAnneAndBo, Command, Secretariat), RefusalKind.Forbidden, "egne");

    [Fact]
    public void a_registered_secretary_edits_their_own_lesson() =>
        Then.Allowed(EditingLessons.Refuses(Given.Lesson(Recorded(by: Secretariat.Id, level: null)), WithAnneAndBo, Command, Secretariat));

    [Fact]
    public void an_unregistered_secretariat_caller_never_owns_a_lesson()
    {
        var unregistered = Secretariat with { Id = Guid.Empty };
        var byUnregistered = Given.Lesson(Recorded(by: Guid.Empty, level: null));

        Then.Refused(EditingLessons.Refuses(byUnregistered, WithAnneAndBo, Command, unregistered), RefusalKind.Forbidden, "egne");
    }

    [Fact]
    public void a_stale_version_is_a_conflict() =>
        Then.Refused(EditingLessons.Refuses(Given.Lesson(Recorded(), Edited()), WithAnneAndBo, Command, AsAnne), RefusalKind.Conflict, "version 1");

    [Fact]
    public void the_current_version_after_an_edit_is_allowed() =>
        Then.Allowed(EditingLessons.Refuses(Given.Lesson(Recorded(), Edited()), WithAnneAndBo, Command with { ExpectedVersion = 2 }, AsAnne));

    [Fact]
    public void an_archived_theme_is_a_conflict()
    {
        var archived = Given.Theme(Opened(Visibility.Forum), Joined(Anne), Archived());
        Then.Refused(EditingLessons.Refuses(Given.Lesson(Recorded()), archived, Command, AsAnne), RefusalKind.Conflict, "arkiveret");
    }

    [Fact]
    public void a_lesson_the_caller_cannot_see_is_not_found()
    {
        var publicTheme = Given.Theme(Opened(Visibility.Public));
        Then.Unknown(EditingLessons.Refuses(Given.Lesson(Recorded()), publicTheme, Command, Integrator));
        var closedWithoutAnne = Given.Theme(Opened(Visibility.Closed), Joined(Anne), Left(Anne));
        Then.Unknown(EditingLessons.Refuses(Given.Lesson(Recorded()), closedWithoutAnne, Command, AsAnne));
    }
}
