using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

public record RestoreLesson([property: JsonIgnore] Guid LessonId) : ICommand;

/// <summary>The secretariat makes a hidden lesson visible again.</summary>
public static class RestoringLessons
{
    public static Refusal? Refuses(Lesson? lesson, Theme? theme, Actor actor) =>
        Moderating.RefusesRestoring(theme.CanSee(lesson, actor), lesson?.Hidden, actor, "Erfaringen");

    public static LessonRestored Decide(Lesson lesson, Actor actor, DateTimeOffset now) => new(lesson.Id, lesson.ThemeId, actor.Id, now);
}

public static class RestoreLessonHandler
{
    public static Task<ItemStream<Lesson>> LoadAsync(RestoreLesson command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Lesson>(command.LessonId, ct);

    public static Outcome Handle(RestoreLesson command, ItemStream<Lesson> lesson, Actor actor, TimeProvider clock) =>
        RestoringLessons.Refuses(lesson.Item, lesson.Theme, actor) ?? (Outcome)lesson.Append(RestoringLessons.Decide(lesson.Item!, actor, clock.GetUtcNow()));
}
