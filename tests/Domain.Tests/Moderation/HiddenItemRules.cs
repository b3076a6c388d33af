using Politikerforum.Domain.Lessons;
using static Politikerforum.Domain.Tests.Lessons.LessonStories;

namespace Politikerforum.Domain.Tests.Moderation;

/// <summary>
/// A hidden post or lesson does not exist for those it is hidden from: whatever they try on it, they are answered
/// as for an unknown id, as when they read it. Its author still sees it, and is told what they may not do.
/// </summary>
public class when_acting_on_what_is_hidden_from_you
{
    private static readonly PostPublished ByAnne = Published(Anne);
    private static readonly PostHidden PostHidden = new(ByAnne.PostId, ThemeId, "Personangreb", Secretariat.Id, Earlier);
    private static readonly LessonHidden LessonHidden = new(LessonId, ThemeId, "Navngiven borger", Secretariat.Id, Earlier);
    private static readonly Post HiddenPost = Given.Post(ByAnne, PostHidden);
    private static readonly Lesson HiddenLesson = Given.Lesson(Recorded(), LessonHidden);

    [Fact]
    public void editing_retracting_hiding_and_restoring_a_hidden_post_are_unknown_to_others()
    {
        Then.Unknown(Editing.Refuses(HiddenPost, WithAnneAndBo, new EditPost("Rettet", 2), AsBo));
        Then.Unknown(Retracting.Refuses(HiddenPost, WithAnneAndBo, AsBo));
        Then.Unknown(HidingPosts.Refuses(HiddenPost, WithAnneAndBo, AsBo));
        Then.Unknown(RestoringPosts.Refuses(HiddenPost, WithAnneAndBo, AsBo));
    }

    [Fact]
    public void its_author_still_edits_and_retracts_it_and_is_told_only_the_secretariat_restores_it()
    {
        Then.Allowed(Editing.Refuses(HiddenPost, WithAnneAndBo, new EditPost("Rettet", 2), AsAnne));
        Then.Allowed(Retracting.Refuses(HiddenPost, WithAnneAndBo, AsAnne));
        Then.Refused(RestoringPosts.Refuses(HiddenPost, WithAnneAndBo, AsAnne), RefusalKind.Forbidden, "sekretariatet");
    }

    [Fact]
    public void endorsing_editing_and_attributing_a_hidden_lesson_are_unknown_to_others()
    {
        var edit = new EditLesson("Titel", "Tekst", LessonKind.Mixed, null, 2);
        Then.Unknown(EndorsingLessons.Refuses(HiddenLesson, WithAnneAndBo, AsBo));
        Then.Unknown(EditingLessons.Refuses(HiddenLesson, WithAnneAndBo, edit, AsBo));
        Then.Unknown(AttributingLessons.Refuses(HiddenLesson, WithAnneAndBo, AsBo));
        Then.Allowed(EditingLessons.Refuses(HiddenLesson, WithAnneAndBo, edit, AsAnne));
    }

    [Fact]
    public void the_secretariat_sees_what_it_hid() =>
        Then.Allowed(RestoringPosts.Refuses(HiddenPost, WithAnneAndBo, Secretariat));
}
