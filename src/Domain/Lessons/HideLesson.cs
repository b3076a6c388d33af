using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

/// <summary>
/// The secretariat hides a lesson with a reason, and may make it visible again. Only the lesson is named:
/// hiding a Chatham House lesson tells nobody who wrote it.
/// </summary>
public static class HidingLessons
{
    public static Refusal? Refuses(Lesson lesson, Theme theme, Actor actor) =>
        Moderating.RefusesHiding(theme.CanSee(lesson.Confidentiality, actor), lesson.Hidden, actor, LessonAccess.Unknown, "Erfaringen");

    public static Refusal? RefusesRestoring(Lesson lesson, Theme theme, Actor actor) =>
        Moderating.RefusesRestoring(theme.CanSee(lesson.Confidentiality, actor), lesson.Hidden, actor, LessonAccess.Unknown, "Erfaringen");

    public static LessonHidden Decide(Lesson lesson, HideItem command, Actor actor, DateTimeOffset now) =>
        new(lesson.Id, lesson.ThemeId, command.Reason.Trim(), actor.Id, now);

    public static LessonRestored Restore(Lesson lesson, Actor actor, DateTimeOffset now) => new(lesson.Id, lesson.ThemeId, actor.Id, now);
}
